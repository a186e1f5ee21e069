using CsCheck;

namespace SiteGen.Tests.Properties;

/// <summary>
/// The random choices of one generated input, drawn from CsCheck's PCG so that a seed reproduces the input exactly
/// (and CsCheck can search smaller inputs from other seeds when it shrinks a failure).
/// </summary>
public sealed class Draw(PCG pcg)
{
    /// <summary>0 to <paramref name="maxExclusive"/> - 1.</summary>
    public int Int(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)pcg.Next((uint)maxExclusive);

    public int Between(int min, int max) => min + Int(max - min + 1);

    /// <summary>Small counts more often than large ones: 0..max with a bias to the low end.</summary>
    public int Count(int max) => Math.Min(Int(max + 1), Int(max + 1));

    /// <summary>
    /// Whether this input may hold mistakes (broken YAML, missing link targets, invalid UTF-8...). About half the
    /// generated sites are made without: they should build, so the checks of a successful build run on them too.
    /// </summary>
    public bool Messy { get; set; }

    /// <summary>A chance of a mistake: never in a site made without mistakes.</summary>
    public bool Mistake(double probability) => Messy && Chance(probability);

    public bool Chance(double probability) => pcg.Next(1_000_000) < probability * 1_000_000;

    public T From<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    public T Pick<T>(params T[] items) => items[Int(items.Length)];

    /// <summary>One of the <paramref name="options"/> by weight.</summary>
    public T Weighted<T>(params (int Weight, T Value)[] options)
    {
        var total = options.Sum(o => o.Weight);
        var roll = Int(total);
        foreach (var (weight, value) in options)
        {
            if (roll < weight)
            {
                return value;
            }
            roll -= weight;
        }
        return options[^1].Value;
    }
}
