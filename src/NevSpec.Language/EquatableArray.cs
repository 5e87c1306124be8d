using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace NevSpec.Language
{
    /// <summary>
    /// An immutable array with value equality, so that plan records compare by content. The Roslyn
    /// generator relies on this to serve unchanged specs from its cache. Backed by a private array (not
    /// ImmutableArray) so that this netstandard2.0 library needs no package the compiler host might lack.
    /// </summary>
    /// <remarks>Elements compare with <see cref="EqualityComparer{T}.Default"/>, so enums (which do not implement
    /// <see cref="IEquatable{T}"/>) are allowed too.</remarks>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        private T[] Items => _items ?? Array.Empty<T>();

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public bool IsEmpty => Count == 0;

        public bool Equals(EquatableArray<T> other) => Items.SequenceEqual(other.Items, EqualityComparer<T>.Default);

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in Items)
                    hash = hash * 31 + (item is null ? 0 : item.GetHashCode());
                return hash;
            }
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        public override string ToString() => "[" + string.Join("; ", Items) + "]";
    }

    /// <summary>Helpers to build <see cref="EquatableArray{T}"/> values.</summary>
    public static class EquatableArray
    {
        public static EquatableArray<T> From<T>(params T[] items) => new EquatableArray<T>(items);

        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new EquatableArray<T>(items);
    }
}
