namespace NtSec;

/// <summary>
/// Bad text or bytes given to a parser: says what was expected and where (character offset
/// for text, byte offset for binary). The one exception type for malformed input in NtSec.
/// </summary>
public sealed class FormatErrorException : FormatException
{
    /// <summary>Creates the exception from a parse error.</summary>
    public FormatErrorException(ParseError error)
        : base(error.ToString())
    {
        Error = error;
    }

    /// <summary>The parse error: position, unit and reason.</summary>
    public ParseError Error { get; }

    /// <summary>The character or byte offset where the problem was found.</summary>
    public int Offset => Error.Offset;
}
