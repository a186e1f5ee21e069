using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Components;

/// <summary>
/// The component syntax as a Markdig extension: block and inline parsers, so a call is never seen inside code spans,
/// fenced or indented code, or HTML comments (those parsers have taken the text first), and renderers that write the
/// HTML the walk rendered for each call.
/// </summary>
public sealed class ComponentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Insert(0, new ComponentBlockParser());
        pipeline.InlineParsers.Insert(0, new ComponentInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Insert(0, new BlockRenderer());
            html.ObjectRenderers.Insert(0, new InlineRenderer());
        }
    }

    private sealed class BlockRenderer : HtmlObjectRenderer<ComponentBlock>
    {
        protected override void Write(HtmlRenderer renderer, ComponentBlock block)
        {
            if (block.Html is { } html)
            {
                renderer.EnsureLine();
                renderer.Write(html);
                renderer.EnsureLine();
            }
        }
    }

    private sealed class InlineRenderer : HtmlObjectRenderer<ComponentInline>
    {
        protected override void Write(HtmlRenderer renderer, ComponentInline inline)
        {
            if (inline.Literal is { } literal)
            {
                renderer.WriteEscape(literal);
            }
            else if (inline.Html is { } html)
            {
                renderer.Write(html);
            }
        }
    }
}

/// <summary>
/// `{{ call }}` alone on a line (no body), `{% call %}` opening a body, `{% end %}` closing it. Indented code, fenced
/// code and HTML blocks never reach it; the literal forms `{{/*` and `{%/*` are left to the paragraph.
/// </summary>
public sealed class ComponentBlockParser : BlockParser
{
    private const string End = "{% end %}";

    public ComponentBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line.ToString().TrimEnd();
        var column = processor.Column;
        bool body;
        if (line.StartsWith("{{", StringComparison.Ordinal) && line.IndexOf("}}", 2, StringComparison.Ordinal) == line.Length - 2)
        {
            body = false;
        }
        else if (line.StartsWith("{%", StringComparison.Ordinal) && line.IndexOf("%}", 2, StringComparison.Ordinal) == line.Length - 2)
        {
            body = true;
        }
        else
        {
            return BlockState.None;
        }
        var inner = line[2..^2];
        if (!CallSyntax.StartsCall(inner))
        {
            return BlockState.None;
        }
        var block = new ComponentBlock(this)
        {
            Line = processor.LineIndex,
            Column = column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
            HasBody = body,
        };
        if (body && inner.Trim() == "end")
        {
            block.Error = "`{% end %}` without an open component; remove it, or open one above with `{% name(...) %}`";
            block.ErrorColumn = column;
            block.HasBody = false;
        }
        else
        {
            block.Call = CallSyntax.Parse(inner, out var error, out var at);
            block.Error = error;
            block.ErrorColumn = column + 2 + at;
        }
        processor.NewBlocks.Push(block);
        // ContinueDiscard (not Continue, which Markdig takes for an endless loop) keeps the block open for its body.
        return block.HasBody ? BlockState.ContinueDiscard : BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var component = (ComponentBlock)block;
        if (!component.HasBody)
        {
            return BlockState.None;
        }
        // An open fenced code block or nested component owns its lines, `{% end %}` included.
        if (processor.NextContinue is FencedCodeBlock or ComponentBlock { HasBody: true })
        {
            return BlockState.Continue;
        }
        if (!processor.IsCodeIndent && processor.Line.ToString().Trim() == End)
        {
            component.Ended = true;
            component.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }
}

/// <summary>`{{ call }}` inside a line, and the literal forms `{{/* ... */}}` and `{%/* ... */%}`, which print the call as text.</summary>
public sealed class ComponentInlineParser : InlineParser
{
    public ComponentInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || (text[start + 1] != '{' && text[start + 1] != '%') || (start > 0 && text[start - 1] == '{'))
        {
            return false;
        }
        var percent = text[start + 1] == '%';
        var literal = string.CompareOrdinal(text, start + 2, "/*", 0, 2) == 0;
        if (percent && !literal)
        {
            return false;
        }
        var closing = literal ? (percent ? "*/%}" : "*/}}") : "}}";
        var end = text.IndexOf(closing, start + 2, StringComparison.Ordinal);
        if (end < 0 || end + closing.Length - 1 > slice.End)
        {
            return false;
        }
        var newline = text.IndexOf('\n', start, end - start);
        if (newline >= 0)
        {
            return false;
        }
        var inner = text[(start + 2 + (literal ? 2 : 0))..end];
        if (!literal && !CallSyntax.StartsCall(inner))
        {
            return false;
        }
        var node = new ComponentInline { Span = new SourceSpan(start, end + closing.Length - 1) };
        processor.GetSourcePosition(start, out var line, out var column);
        node.Line = line;
        node.Column = column;
        if (literal)
        {
            node.Literal = (percent ? "{%" : "{{") + inner + (percent ? "%}" : "}}");
        }
        else
        {
            node.Call = CallSyntax.Parse(inner, out var error, out var at);
            node.Error = error;
            node.ErrorColumn = column + 2 + at;
        }
        processor.Inline = node;
        slice.Start = end + closing.Length;
        return true;
    }
}
