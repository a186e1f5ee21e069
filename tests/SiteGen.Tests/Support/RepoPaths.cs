namespace SiteGen.Tests.Support;

/// <summary>Finds the repository by walking up from the test binaries to SiteGen.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
