namespace NtSec.Status;

/// <summary>
/// A status and, when it succeeded, a value: what a native routine with one out parameter
/// returns. Reading <see cref="Value"/> never throws; on failure it is the default of
/// <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The type of the out value.</typeparam>
public readonly struct NtResult<T>
{
    /// <summary>A result with a status and a value (the value as the routine left its out parameter).</summary>
    public NtResult(NtStatus status, T value)
    {
        Status = status;
        Value = value;
    }

    /// <summary>A result with a status and no value (<see cref="Value"/> is the default).</summary>
    public NtResult(NtStatus status)
    {
        Status = status;
        Value = default;
    }

    /// <summary>The status the routine returned.</summary>
    public NtStatus Status { get; }

    /// <summary>The out value; the default of <typeparamref name="T"/> when none was produced.</summary>
    public T? Value { get; }

    /// <summary>NT_SUCCESS(Status): success and informational statuses count as success.</summary>
    public bool IsSuccess => Status.IsSuccess();

    /// <summary>The value if <see cref="Status"/> is a success, otherwise throws.</summary>
    /// <exception cref="NtStatusException">The status is a warning or an error.</exception>
    public T GetValueOrThrow() => IsSuccess ? Value! : throw new NtStatusException(Status);

    /// <summary>Deconstructs into status and value.</summary>
    public void Deconstruct(out NtStatus status, out T? value)
    {
        status = Status;
        value = Value;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        IsSuccess ? FormattableString.Invariant($"{Status.ToName()}: {Value}") : Status.ToName();
}
