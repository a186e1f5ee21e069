using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>Index text survives the trip through the index's JSON writer, whatever it holds.</summary>
public sealed class SearchJsonTests
{
    [Theory]
    [InlineData("plain text")]
    [InlineData("quotes \" and \\ backslash")]
    [InlineData("control \n\t\r\u0001 chars")]
    [InlineData("café 后端 🚀 مطور")]
    [InlineData("</script><!--")]
    public void Strings_read_back_as_written(string text)
    {
        var json = new SearchJson().Raw('[').String(text).Raw(',').Number(-12).Raw(']').ToArray();
        using var document = JsonDocument.Parse(json);
        Assert.Equal(text, document.RootElement[0].GetString());
        Assert.Equal(-12, document.RootElement[1].GetInt32());
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_into_valid_json()
    {
        var json = new SearchJson().String("a\uD800b").ToArray();
        Assert.Equal("\"a\\ud800b\"", System.Text.Encoding.UTF8.GetString(json));
        using var document = JsonDocument.Parse(json);
    }
}
