using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NevSpec.Language
{
    /// <summary>
    /// Reads the header of a CSV file relative to the spec's folder (for the CLI and tests) and, to know which columns
    /// are numeric, scans up to <see cref="CsvHeader.MaxScannedRows"/> data rows (our files are small; the cap bounds the cost on
    /// large ones, so a text cell further down is found only at run time).
    /// </summary>
    public sealed class FileSystemHeaderProvider : IDataHeaderProvider
    {
        /// <summary>Data rows scanned for column kinds.</summary>

        private readonly string _specDirectory;

        public FileSystemHeaderProvider(string specDirectory) => _specDirectory = specDirectory ?? string.Empty;

        public DataHeader GetHeader(string pathAsWritten)
        {
            try
            {
                var relative = pathAsWritten.Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar);
                var path = Path.IsPathRooted(relative) ? relative : Path.Combine(_specDirectory, relative);
                if (!File.Exists(path)) return DataHeader.Missing;
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return CsvHeader.Read(reader);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return DataHeader.Unavailable;
            }
        }
    }
}
