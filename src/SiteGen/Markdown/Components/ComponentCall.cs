using System.Globalization;
using System.Text;

namespace SiteGen.Markdown.Components;

/// <summary>One named argument of a call, typed by its literal: string, long, decimal or bool.</summary>
/// <param name="Offset">where the argument's name starts in the call's text.</param>
public sealed record ComponentArg(string Name, object Value, int Offset);

/// <summary>What a call says: the component's name and its arguments, in the order written.</summary>
public sealed record ComponentCall(string Name, IReadOnlyList<ComponentArg> Args);

/// <summary>
/// Parses the text between `{{` and `}}` (or `{%` and `%}`): <c>name(key="text", count=3, share=1.5, open=true)</c>.
/// Every syntax error comes with the offset it was found at, so the diagnostic points at it.
/// </summary>
public static class CallSyntax
{
    /// <summary>True when text after `{{` or `{%` starts a call: optional spaces, then a lower-case letter. So `{{&lt;`,
    /// `{{{` and `{{ }}` stay text.</summary>
    public static bool StartsCall(ReadOnlySpan<char> afterOpening)
    {
        var rest = afterOpening.TrimStart(' ');
        return rest.Length > 0 && char.IsAsciiLetterLower(rest[0]);
    }

    public static ComponentCall? Parse(string text, out string? error, out int errorAt)
    {
        var parser = new Reader(text);
        var call = parser.Call();
        error = parser.Error;
        errorAt = parser.ErrorAt;
        return error is null ? call : null;
    }

    private sealed class Reader(string text)
    {
        private int _i;

        public string? Error { get; private set; }

        public int ErrorAt { get; private set; }

        public ComponentCall? Call()
        {
            Skip();
            var start = _i;
            while (_i < text.Length && (char.IsAsciiLetterLower(text[_i]) || (_i > start && (char.IsAsciiDigit(text[_i]) || text[_i] is '_' or '-'))))
            {
                _i++;
            }
            if (_i == start)
            {
                return Fail("expected a component name (lower-case letters, digits, '-' or '_')", _i);
            }
            var name = text[start.._i];
            var args = new List<ComponentArg>();
            Skip();
            if (_i >= text.Length || text[_i] != '(')
            {
                return Fail($"expected '(' after the component name '{name}'; write {name}() when it takes no arguments", _i);
            }
            _i++;
            Skip();
            while (_i < text.Length && text[_i] != ')')
            {
                if (Argument() is not { } arg)
                {
                    return null;
                }
                if (args.Any(a => a.Name == arg.Name))
                {
                    return Fail($"argument '{arg.Name}' is given twice", arg.Offset);
                }
                args.Add(arg);
                Skip();
                if (_i < text.Length && text[_i] == ',')
                {
                    _i++;
                    Skip();
                }
                else if (_i < text.Length && text[_i] != ')')
                {
                    return Fail("expected ',' or ')' after an argument", _i);
                }
            }
            if (_i >= text.Length)
            {
                return Fail("the argument list is not closed; add a ')'", _i);
            }
            _i++;
            Skip();
            return _i != text.Length ? Fail("unexpected text after the call's ')'", _i) : new ComponentCall(name, args);
        }

        private ComponentArg? Argument()
        {
            var keyAt = _i;
            while (_i < text.Length && (char.IsAsciiLetterOrDigit(text[_i]) || text[_i] == '_'))
            {
                _i++;
            }
            if (_i == keyAt)
            {
                return Fail<ComponentArg>("expected an argument name (letters, digits or '_')", _i);
            }
            var key = text[keyAt.._i];
            Skip();
            if (_i >= text.Length || text[_i] != '=')
            {
                return Fail<ComponentArg>($"expected '=' after argument '{key}'; arguments are named: {key}=\"...\"", _i);
            }
            _i++;
            Skip();
            if (_i < text.Length && text[_i] == '"')
            {
                var builder = new StringBuilder();
                _i++;
                while (_i < text.Length && text[_i] != '"')
                {
                    if (text[_i] == '\\' && _i + 1 < text.Length)
                    {
                        _i++;
                    }
                    builder.Append(text[_i++]);
                }
                if (_i >= text.Length)
                {
                    return Fail<ComponentArg>($"the string of argument '{key}' is not closed; add a '\"'", keyAt);
                }
                _i++;
                return new ComponentArg(key, builder.ToString(), keyAt);
            }
            var valueAt = _i;
            while (_i < text.Length && text[_i] is not (',' or ')' or ' '))
            {
                _i++;
            }
            var raw = text[valueAt.._i];
            if (raw is "true" or "false")
            {
                return new ComponentArg(key, raw == "true", keyAt);
            }
            if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return new ComponentArg(key, integer, keyAt);
            }
            if (decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return new ComponentArg(key, number, keyAt);
            }
            return Fail<ComponentArg>($"value of '{key}' must be a \"string\", a number or true/false (got {(raw.Length == 0 ? "nothing" : raw)}); put strings in quotes", valueAt);
        }

        private void Skip()
        {
            while (_i < text.Length && text[_i] == ' ')
            {
                _i++;
            }
        }

        private ComponentCall? Fail(string message, int at) => Fail<ComponentCall>(message, at);

        private T? Fail<T>(string message, int at)
            where T : class
        {
            Error ??= message;
            ErrorAt = at;
            return null;
        }
    }
}
