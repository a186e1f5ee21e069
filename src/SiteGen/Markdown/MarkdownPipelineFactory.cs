using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Markdown;

/// <summary>The one Markdig pipeline of a build. Built once, shared by every worker (Markdig pipelines are thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseTaskLists()
            .Use<AccessibleMarkdown.AccessibleRenderers>()
            .UseAutoLinks()
            .UseGenericAttributes()
            .Build();
}
