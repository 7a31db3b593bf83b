using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Tokens;

namespace NtSec.Kernel;

/// <summary>
/// A token object: holds the current <see cref="TokenState"/> snapshot and swaps it when the token
/// is modified (adjusting privileges or groups, setting information), so an access check always
/// reads one consistent state. Modifications are serialised by <see cref="Update"/>.
/// </summary>
public sealed class TokenObject : KernelObject
{
    private readonly Lock _update = new();
    private TokenState _state;

    /// <summary>Creates a token object holding <paramref name="state"/>.</summary>
    public TokenObject(TokenState state, SecurityDescriptor security)
        : base(ObjectTypeInfo.Get(ObjectTypeKind.Token), security, null)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
    }

    /// <summary>The current snapshot.</summary>
    public TokenState State => Volatile.Read(ref _state);

    /// <summary>The other half of a UAC split token (TokenLinkedToken), if any.</summary>
    public TokenObject? LinkedToken { get; internal set; }

    /// <summary>
    /// Applies <paramref name="change"/> to the current state atomically: it receives the current
    /// snapshot and returns a status and the new snapshot (or null to keep the old one).
    /// </summary>
    public T Update<T>(Func<TokenState, (T Result, TokenState? NewState)> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_update)
        {
            var (result, next) = change(_state);
            if (next is not null)
            {
                Volatile.Write(ref _state, next);
            }

            return result;
        }
    }
}
