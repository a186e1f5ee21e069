using System.Text;
using SiteGen.Content;
using SiteGen.Tests.Support;
using SiteGen.Yaml;

namespace SiteGen.Tests.Yaml;

/// <summary>The token-level reader must give exactly the parser path's nodes and positions, or step aside (null).</summary>
public sealed class SimpleYamlReaderTests
{
    /// <summary>YAML texts, and whether the simple reader takes them (the rest go to the parser).</summary>
    public static TheoryData<string, bool> Documents => new()
    {
        { "title: Hello\n", true },
        { "title: \"Quoted: with colon\"\ndescription: 'single ''quoted'''\nweight: 10\ndraft: true\n", true },
        { "title: Tags\ntags: [go, rust, \"c#\"]\nempty: []\n", true },
        { "title: Block list\ntags:\n  - one\n  - \"two\"\nnext: after\n", true },
        { "title: Indentless\ntags:\n- one\n- two\nlast:\n- three\n", true },
        { "title: Nested\nparams:\n  area: security\n  summary: \"A, b and c.\"\n  deeper:\n    x: 1\nafter: yes\n", true },
        { "title: Comments # here\n# a whole line\nweight: 3 # there\n", true },
        { "title: >\n  folded\n  text\nbody: |\n  literal\n  text\n", true },
        { "title: Plain scalar\n  continued on a second line\n", true },
        { "title: Ünïcödé ✓ ok\ntags: [café, naïve]\n", true },
        { "title: \"Escapes \\t \\u00e9 \\\"\"\n", true },
        { "  title: indented root\n  weight: 2\n", true },
        { "title: Trailing comma\ntags: [a, b,]\n", false },
        { "title: Empty value\ndescription:\nweight: 1\n", false },
        { "title: Duplicate\ntitle: Again\n", false },
        { "title: &anchor Anchored\nother: *anchor\n", false },
        { "title: !!str 5\n", false },
        { "title: Flow map\nparams: {a: 1, b: 2}\n", false },
        { "- a list\n- at the root\n", false },
        { "just a scalar\n", false },
        { "", false },
        { "# only a comment\n", false },
        { "title: Two docs\n---\nsecond: doc\n", false },
        { "title: Bad\n\tweight: tab\n", false },
        { "title: [unclosed\n", false },
        { "title: a: b\n", false },
        { "tags: [[nested], x]\n", false },
        { "tags:\n  - a: 1\n", false },
        { "tags:\n  -\n  - b\n", false },
        { "? explicit key\n: value\n", true },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Gives_the_parser_paths_nodes_or_nothing(string yaml, bool simple)
    {
        Assert.Equal(simple, SimpleYamlReader.TryRead(yaml, 1) is not null);
        AssertSameAsParser(yaml, lineOffset: 1);
    }

    [Fact]
    public void Every_front_matter_of_the_guide_takes_the_simple_path_and_every_yaml_file_reads_the_same()
    {
        var content = Path.Combine(RepoPaths.Root, "site-content");
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(content, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            var isPage = file.EndsWith(".md", StringComparison.Ordinal);
            var yaml = isPage ? FrontMatterParser.SplitPage(text, file, new DiagnosticBag())!.Yaml : text;
            Assert.True(!isPage || SimpleYamlReader.TryRead(yaml, 1) is not null, file + " did not take the simple path");
            AssertSameAsParser(yaml, lineOffset: 1);
            checkedFiles++;
        }
        Assert.True(checkedFiles > 40, $"only {checkedFiles} files checked");
    }

    [Fact]
    public void Common_front_matter_takes_the_simple_path()
    {
        var yaml = "title: \"A page\"\ndescription: \"What it is.\"\ndate: 2019-02-03\nweight: 597\ntags: [rest, rust]\nparams:\n  area: x\n";
        Assert.NotNull(SimpleYamlReader.TryRead(yaml, 1));
    }

    private static void AssertSameAsParser(string yaml, int lineOffset)
    {
        var simple = SimpleYamlReader.TryRead(yaml, lineOffset);
        if (simple is null)
        {
            return;
        }
        var diagnostics = new DiagnosticBag();
        var parsed = YamlNodeReader.ReadWithParser(yaml, "f.yml", lineOffset, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(parsed);
        Assert.Equal(Dump(parsed), Dump(simple));
    }

    private static string Dump(YamlValue value)
    {
        var text = new StringBuilder();
        Dump(value, text);
        return text.ToString();
    }

    private static void Dump(YamlValue value, StringBuilder text)
    {
        text.Append($"@{value.Line}:{value.Column} ");
        switch (value)
        {
            case YamlScalarValue scalar:
                text.Append($"{(scalar.IsPlain ? "plain" : "quoted")} [{scalar.Text}]\n");
                break;
            case YamlListValue list:
                text.Append("list\n");
                list.Items.ToList().ForEach(item => Dump(item, text));
                text.Append("end list\n");
                break;
            case YamlMapValue map:
                text.Append("map\n");
                foreach (var entry in map.Entries)
                {
                    Dump(entry.Key, text);
                    Dump(entry.Value, text);
                }
                text.Append("end map\n");
                break;
        }
    }
}
