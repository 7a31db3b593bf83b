using System.Globalization;

namespace NtSec.Kernel;

/// <summary>
/// A HANDLE value. Table handles are positive multiples of 4; kernel-table handles (OBJ_KERNEL_HANDLE)
/// have the sign bit set as on 64-bit Windows; small negatives are the pseudo-handles.
/// </summary>
/// <param name="Value">The handle value as a signed 64-bit number.</param>
public readonly record struct NtHandle(long Value)
{
    /// <summary>The bit that marks a kernel handle (KERNEL_HANDLE_MASK, sign-extended).</summary>
    public const long KernelHandleBit = unchecked((long)0xFFFF_FFFF_8000_0000);

    /// <summary>NULL.</summary>
    public static NtHandle Null => default;

    /// <summary>NtCurrentProcess() / GetCurrentProcess(): -1.</summary>
    public static NtHandle CurrentProcess => new(-1);

    /// <summary>NtCurrentThread() / GetCurrentThread(): -2.</summary>
    public static NtHandle CurrentThread => new(-2);

    /// <summary>NtCurrentProcessToken() / GetCurrentProcessToken(): -4.</summary>
    public static NtHandle CurrentProcessToken => new(-4);

    /// <summary>NtCurrentThreadToken() / GetCurrentThreadToken(): -5.</summary>
    public static NtHandle CurrentThreadToken => new(-5);

    /// <summary>NtCurrentThreadEffectiveToken() / GetCurrentThreadEffectiveToken(): -6.</summary>
    public static NtHandle CurrentThreadEffectiveToken => new(-6);

    /// <summary>True for NULL.</summary>
    public bool IsNull => Value == 0;

    /// <summary>True for the pseudo-handles -1, -2, -4, -5, -6.</summary>
    public bool IsPseudo => Value is -1 or -2 or -4 or -5 or -6;

    /// <summary>True for a handle of the kernel handle table.</summary>
    public bool IsKernel => Value < 0 && (Value & KernelHandleBit) == KernelHandleBit && !IsPseudo && Value != -3;

    /// <summary>"0x..." as a debugger shows a 64-bit handle.</summary>
    public override string ToString() => "0x" + Value.ToString("X", CultureInfo.InvariantCulture);
}
