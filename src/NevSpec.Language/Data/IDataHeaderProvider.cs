namespace NevSpec.Language
{
    /// <summary>
    /// Supplies the header of a data file named in a spec, so the binder can check column names. The CLI reads the
    /// file system (<see cref="FileSystemHeaderProvider"/>); the generator answers from AdditionalFiles.
    /// </summary>
    public interface IDataHeaderProvider
    {
        /// <param name="pathAsWritten">The path literal as written in the spec, relative to the spec's folder.</param>
        DataHeader GetHeader(string pathAsWritten);
    }
}
