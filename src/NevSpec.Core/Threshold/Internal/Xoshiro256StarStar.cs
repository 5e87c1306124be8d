namespace NevSpec.Core.Threshold.Internal;

/// <summary>
/// The xoshiro256** 1.0 generator (Blackman and Vigna 2021, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4); reference C code at prng.di.unimi.it), with its state filled by
/// SplitMix64 (Steele, Lea and Flood 2014) as the authors recommend.
/// </summary>
/// <remarks>
/// Independent streams: stream s of seed σ starts SplitMix64 at SplitMix64(σ) ⊕ fmix64(s) (fmix64 is
/// MurmurHash3's 64-bit finaliser, a bijection with different constants from SplitMix64's, so
/// (σ, s) and (s, σ) differ) and takes its next four outputs as the state. A bootstrap replicate
/// uses the stream of its own index, so its draws do not depend on which thread runs it.
/// Bounded integers use Lemire's multiply-and-reject method ("Fast random integer generation in an interval", ACM TOMACS 29(1), 2019), which is exactly
/// uniform.
/// </remarks>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0) throw new ArgumentException("The xoshiro256** state must not be all zero.");
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>The generator of stream <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong stream)
    {
        ulong seedState = seed;
        ulong state = SplitMix64(ref seedState) ^ Fmix64(stream);
        ulong a = SplitMix64(ref state), b = SplitMix64(ref state), c = SplitMix64(ref state), d = SplitMix64(ref state);
        // SplitMix64 outputs are a bijection of distinct states, so four zeros cannot occur.
        return new Xoshiro256StarStar(a, b, c, d);
    }

    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on 0 … <paramref name="bound"/> − 1.</summary>
    public int NextInt(int bound)
    {
        if (bound <= 0) throw new ArgumentOutOfRangeException(nameof(bound), bound, "The bound must be positive.");
        ulong n = (ulong)bound;
        UInt128 product = (UInt128)NextUInt64() * n;
        ulong low = (ulong)product;
        if (low < n)
        {
            ulong threshold = (0UL - n) % n;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * n;
                low = (ulong)product;
            }
        }
        return (int)(product >> 64);
    }

    /// <summary>One SplitMix64 step: advances <paramref name="state"/> by the golden gamma and returns the mixed value.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Fmix64(ulong k)
    {
        k ^= k >> 33;
        k *= 0xFF51AFD7ED558CCDUL;
        k ^= k >> 33;
        k *= 0xC4CEB9FE1A85EC53UL;
        return k ^ (k >> 33);
    }
}
