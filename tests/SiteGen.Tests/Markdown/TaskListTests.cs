using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown;

/// <summary>Task-list checkboxes get an accessible name: "To do" or "Done" (README, "Writing pages").</summary>
public sealed class TaskListTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Task_list_checkboxes_are_labelled_to_do_or_done_and_cannot_be_ticked()
    {
        _site.Write("site-content/plan.md", "---\ntitle: Plan\n---\n- [ ] write the tests\n- [x] read the README\n- plain item\n");
        _site.BuildOk();

        var items = _site.Html("plan/index.html").QuerySelectorAll("li").ToList();
        Assert.Equal(3, items.Count);
        var todo = items[0].QuerySelector("input[type=checkbox]")!;
        var done = items[1].QuerySelector("input[type=checkbox]")!;
        Assert.Equal(("To do", false), (todo.GetAttribute("aria-label"), todo.HasAttribute("checked")));
        Assert.Equal(("Done", true), (done.GetAttribute("aria-label"), done.HasAttribute("checked")));
        Assert.True(todo.HasAttribute("disabled") && done.HasAttribute("disabled"));
        Assert.Contains("write the tests", items[0].TextContent, StringComparison.Ordinal);
        Assert.Null(items[2].QuerySelector("input"));
    }
}
