using SiteGen.Hosting;

namespace SiteGen.Output;

/// <summary>
/// <c>build --compress</c>, after every file is in the staging folder: beside each text file its <c>.gz</c> and
/// <c>.br</c> (<see cref="Precompression"/>), made in parallel. They are written after the link check and the
/// sitemap, which never see them.
/// </summary>
public static class PrecompressedSiblings
{
    /// <returns>How many files got siblings.</returns>
    public static int Write(OutputStaging staging)
    {
        var texts = staging.WrittenFiles().Where(Precompression.IsText).ToList();
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, path =>
        {
            var bytes = staging.Read(path);
            staging.Write(path + ".gz", Precompression.Gzip(bytes));
            staging.Write(path + ".br", Precompression.Brotli(bytes));
        });
        return texts.Count;
    }
}
