namespace NevSpec.Core.Randomness;

/// <summary>
/// The random stream of NevSpec's resampling procedures (mediation bootstrap, permutation tests):
/// xoshiro256** seeded through SplitMix64, fully specified so that the same seed gives the same
/// numbers on every platform and .NET version (unlike <see cref="System.Random"/>).
/// </summary>
/// <remarks>
/// SplitMix64: Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators",
/// OOPSLA. xoshiro256**: Blackman and Vigna (2021), "Scrambled linear pseudorandom number generators",
/// ACM TOMS 47(4). The four state words are four SplitMix64 outputs from the seed (the authors'
/// recommendation). Bounded integers use rejection sampling (no modulo bias); uniforms take the top
/// 53 bits. The same generator (same seeding) is used by the synthetic-data tool.
/// </remarks>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Starts the stream at <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>One SplitMix64 step; advances <paramref name="state"/>.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>Uniform integer in 0..<paramref name="bound"/>−1 (bound ≥ 1), without modulo bias.</summary>
    public int NextInt(int bound)
    {
        if (bound < 1) throw new ArgumentOutOfRangeException(nameof(bound), bound, "The bound must be at least 1.");
        ulong b = (ulong)bound;
        ulong limit = ulong.MaxValue - ulong.MaxValue % b; // largest multiple of b; reject draws at or above it
        ulong r;
        do { r = NextUInt64(); } while (r >= limit);
        return (int)(r % b);
    }

    /// <summary>Fisher–Yates shuffle of <paramref name="items"/> in place (Durstenfeld's variant, last to first).</summary>
    public void Shuffle<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
