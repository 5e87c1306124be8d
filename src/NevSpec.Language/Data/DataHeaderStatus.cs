namespace NevSpec.Language
{
    /// <summary>Whether a data file's column names could be read.</summary>
    public enum DataHeaderStatus
    {
        /// <summary>The header was read; column names are checked against it.</summary>
        Available,
        /// <summary>The host cannot look (e.g. the generator without the CSV as an AdditionalFile): warn once, skip column checks.</summary>
        Unavailable,
        /// <summary>The file does not exist: an error at the path.</summary>
        Missing,
    }
}
