namespace NevSpec.SyntheticData;

/// <summary>
/// Small, fully specified pseudo-random generator: xoshiro256** seeded through SplitMix64,
/// uniforms from the top 53 bits, normals by the Box–Muller transform (both values used).
/// Implemented here so the bundled data never depend on <see cref="System.Random"/>'s algorithm.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareNormal;
    private bool _hasSpare;

    public SeededRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>One SplitMix64 step (Steele, Lea and Flood 2014); advances <paramref name="state"/>.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Next 64 random bits (xoshiro256**, Blackman and Vigna 2018).</summary>
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

    /// <summary>Standard normal by Box–Muller; the second value of each pair is kept for the next call.</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }
        double u1;
        do { u1 = NextDouble(); } while (u1 <= 0.0);
        double u2 = NextDouble();
        double r = Math.Sqrt(-2.0 * Math.Log(u1));
        double angle = 2.0 * Math.PI * u2;
        _spareNormal = r * Math.Sin(angle);
        _hasSpare = true;
        return r * Math.Cos(angle);
    }

    /// <summary>Normal with the given mean and standard deviation.</summary>
    public double NextGaussian(double mean, double sd) => mean + sd * NextGaussian();

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
