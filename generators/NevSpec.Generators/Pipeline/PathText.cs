using System;
using System.Collections.Generic;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>
    /// Path arithmetic on strings only (analyzers must not touch the file system): '/' separators,
    /// '.' and '..' segments resolved, comparisons case-insensitive so that Windows paths match.
    /// </summary>
    internal static class PathText
    {
        public static string Normalize(string path)
        {
            var unified = path.Replace('\\', '/');
            var rooted = unified.StartsWith("/", StringComparison.Ordinal);
            var parts = new List<string>();
            foreach (var part in unified.Split('/'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
                else parts.Add(part);
            }
            return (rooted ? "/" : "") + string.Join("/", parts);
        }

        public static string Directory(string normalizedPath)
        {
            var slash = normalizedPath.LastIndexOf('/');
            return slash < 0 ? "" : normalizedPath.Substring(0, slash);
        }

        public static string FileName(string normalizedPath) => normalizedPath.Substring(normalizedPath.LastIndexOf('/') + 1);

        public static string Combine(string directory, string relative)
        {
            var rel = relative.Replace('\\', '/');
            if (rel.StartsWith("/", StringComparison.Ordinal) || (rel.Length > 1 && rel[1] == ':')) return Normalize(rel);
            return Normalize(directory.Length == 0 ? rel : directory + "/" + rel);
        }

        /// <summary><paramref name="path"/> relative to <paramref name="baseDirectory"/> ('/'-separated, may start with '..').</summary>
        public static string Relative(string baseDirectory, string path)
        {
            var from = Normalize(baseDirectory).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var to = Normalize(path).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < from.Length && common < to.Length && string.Equals(from[common], to[common], StringComparison.OrdinalIgnoreCase)) common++;
            if (common == 0) return Normalize(path);
            var parts = new List<string>();
            for (var i = common; i < from.Length; i++) parts.Add("..");
            for (var i = common; i < to.Length; i++) parts.Add(to[i]);
            return string.Join("/", parts);
        }
    }
}
