using System;
using System.Collections.Generic;

namespace NevSpec.Language.Binding
{
    /// <summary>"Did you mean" suggestions by optimal-string-alignment distance, ignoring case.</summary>
    internal static class EditDistance
    {
        public static string Suggestion(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance) { best = candidate; bestDistance = distance; }
            }
            var limit = name.Length <= 4 ? 1 : 2;
            return best is not null && bestDistance <= limit && best != name ? "; did you mean '" + best + "'?" : string.Empty;
        }

        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
            return d[a.Length, b.Length];
        }
    }
}
