namespace SiteGen.Output;

/// <summary>
/// The file every build writes at the top of its output folder. It is SiteGen's proof that a folder is its own output:
/// build replaces, and clean deletes, only a folder that is absent, empty or holds this file. Its text never changes
/// between builds, so the output stays byte-identical.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".sitegen-output";

    public const string Text =
        "This folder is the output of SiteGen, a static site generator.\n" +
        "Every build replaces the whole folder and `clean` deletes it: keep no files of your own here.\n" +
        "SiteGen replaces or deletes only folders that hold this file, empty folders, or folders it is told to with --force.\n";

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);
}
