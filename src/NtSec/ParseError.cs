namespace NtSec;

/// <summary>
/// Why a parse failed, and where. Returned by the Try* parsers; thrown inside
/// <see cref="FormatErrorException"/> by the throwing ones.
/// </summary>
/// <param name="Offset">Offset of the problem in the input (characters or bytes).</param>
/// <param name="Message">What was expected or what is wrong.</param>
/// <param name="IsBinary">True when <paramref name="Offset"/> counts bytes, false for characters.</param>
public readonly record struct ParseError(int Offset, string Message, bool IsBinary = false)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{(IsBinary ? "byte" : "character")} {Offset}: {Message}";
}
