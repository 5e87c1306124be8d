using System;
using System.Collections.Generic;
using NevSpec.Generators.Models;
using NevSpec.Language;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>
    /// Gives the binder the header of a data file named in a spec when that file is also an AdditionalFile
    /// (matched by the spec-relative path resolved against the spec's folder); otherwise
    /// <see cref="DataHeaderStatus.Unavailable"/>, so the binder warns once and skips the column checks.
    /// The generator never reads files itself.
    /// </summary>
    internal sealed class AdditionalFileHeaderProvider : IDataHeaderProvider
    {
        private readonly string _specDirectory;
        private readonly Dictionary<string, DataHeader> _headers = new(StringComparer.OrdinalIgnoreCase);

        public AdditionalFileHeaderProvider(string specDirectory, EquatableArray<DataFileHeader> headers)
        {
            _specDirectory = specDirectory;
            foreach (var header in headers)
                _headers[header.Path] = header.Header;
        }

        public DataHeader GetHeader(string pathAsWritten)
        {
            var full = PathText.Combine(_specDirectory, pathAsWritten);
            return _headers.TryGetValue(full, out var header) && header.Status == DataHeaderStatus.Available && !header.Columns.IsEmpty
                ? header
                : DataHeader.Unavailable;
        }
    }
}
