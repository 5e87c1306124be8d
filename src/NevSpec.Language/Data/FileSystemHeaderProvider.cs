using System;
using System.IO;
using System.Text;

namespace NevSpec.Language
{
    /// <summary>Reads the first line of a CSV file relative to the spec's folder (for the CLI and tests).</summary>
    public sealed class FileSystemHeaderProvider : IDataHeaderProvider
    {
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
                var line = reader.ReadLine();
                return line is null ? DataHeader.Unavailable : DataHeader.Available(CsvHeader.Split(line));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return DataHeader.Unavailable;
            }
        }
    }
}
