using NtSec.Status;

namespace NtSec.Kernel.Native;

/// <summary>
/// Name lookup in the object namespace for the routines that take an ObjectName (ObpLookupObjectName).
/// The model has two directories: the root "\" and "\BaseNamedObjects"; named objects are the
/// machine's (<see cref="Machine.TryAddNamed"/>, <see cref="Machine.FindNamed"/>), keyed by full path.
/// Path rules, all from Wine's dlls/ntdll/tests/om.c, which runs on Windows 7-11:
/// <list type="bullet">
/// <item>a name not starting with '\' (there is no RootDirectory here): STATUS_OBJECT_PATH_SYNTAX_BAD
/// (test_directory "BaseNamedObjects", test_symboliclink);</item>
/// <item>an empty path component ("\\x", "\x\\y", a trailing '\' after an existing directory):
/// STATUS_OBJECT_NAME_INVALID (test_directory);</item>
/// <item>an intermediate component that does not exist: STATUS_OBJECT_PATH_NOT_FOUND
/// ("\BaseNamedObjects\om.c-test\" and "\BasedNamedObjects\Local\..."); one that is not a directory:
/// STATUS_OBJECT_TYPE_MISMATCH;</item>
/// <item>more than 32766 characters (UNICODE_STRING.Length above 65532 bytes): STATUS_OBJECT_NAME_INVALID
/// (test_name_limits);</item>
/// <item>without OBJ_CASE_INSENSITIVE names compare case-sensitively: "\BASENamedObjects\test" is
/// STATUS_OBJECT_PATH_NOT_FOUND (test_case_sensitive).</item>
/// </list>
/// A temporary named object disappears with its last handle (om.c test_object_permanence,
/// test_zero_access); <see cref="ObjectHeaderFlags.IsDeleted"/> says when, and such an entry is
/// taken out of the machine's namespace the next time it is met.
/// </summary>
internal static class NamedObjectDirectory
{
    /// <summary>The one object directory below the root.</summary>
    public const string BaseNamedObjects = "\\BaseNamedObjects";

    /// <summary>The longest name: UNICODE_STRING.Length 65532 bytes works, 65534 is STATUS_OBJECT_NAME_INVALID.</summary>
    public const int MaxNameLength = 32766;

    /// <summary>The outcome of a lookup.</summary>
    /// <param name="Status">STATUS_SUCCESS when the path is well formed and its directories exist.</param>
    /// <param name="FullName">The name a new object gets (the directory part as stored, the last component as given).</param>
    /// <param name="Existing">The live object of that name, or null.</param>
    /// <param name="IsDirectory">True when the name is a directory ("\" or "\BaseNamedObjects").</param>
    public readonly record struct Lookup(NtStatus Status, string? FullName, KernelObject? Existing, bool IsDirectory);

    /// <summary>Resolves <paramref name="name"/> (non-empty) as ObpLookupObjectName does.</summary>
    public static Lookup Find(Machine machine, string name, bool caseInsensitive)
    {
        if (name.Length > MaxNameLength)
        {
            return Fail(NtStatus.STATUS_OBJECT_NAME_INVALID);
        }

        if (name[0] != '\\')
        {
            return Fail(NtStatus.STATUS_OBJECT_PATH_SYNTAX_BAD);
        }

        if (name.Length == 1)
        {
            return new Lookup(NtStatus.STATUS_SUCCESS, "\\", null, IsDirectory: true);
        }

        var comparison = caseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string[] parts = name[1..].Split('\\');
        string directory = string.Empty; // "" is the root, else BaseNamedObjects
        for (int i = 0; i < parts.Length - 1; i++)
        {
            string part = parts[i];
            if (part.Length == 0)
            {
                return Fail(NtStatus.STATUS_OBJECT_NAME_INVALID);
            }

            if (directory.Length == 0 && string.Equals(part, BaseNamedObjects[1..], comparison))
            {
                directory = BaseNamedObjects;
                continue;
            }

            // Anything else on the way is either a non-directory object or nothing at all.
            return FindLive(machine, directory + "\\" + part, caseInsensitive) is null
                ? Fail(NtStatus.STATUS_OBJECT_PATH_NOT_FOUND)
                : Fail(NtStatus.STATUS_OBJECT_TYPE_MISMATCH);
        }

        string leaf = parts[^1];
        if (leaf.Length == 0)
        {
            return Fail(NtStatus.STATUS_OBJECT_NAME_INVALID);
        }

        if (directory.Length == 0 && string.Equals(leaf, BaseNamedObjects[1..], comparison))
        {
            return new Lookup(NtStatus.STATUS_SUCCESS, BaseNamedObjects, null, IsDirectory: true);
        }

        string full = directory + "\\" + leaf;
        return new Lookup(NtStatus.STATUS_SUCCESS, full, FindLive(machine, full, caseInsensitive), IsDirectory: false);
    }

    /// <summary>What <see cref="TryInsert"/> did.</summary>
    public enum InsertResult
    {
        /// <summary>The object now has its name.</summary>
        Inserted,
        /// <summary>A live object took the name first: look it up again.</summary>
        Taken,
        /// <summary>
        /// The name cannot be taken: a live object's name differs only in case (the machine's namespace
        /// has case-insensitive keys and cannot hold both), or a deleted object's entry could not be
        /// removed. Reported as a collision (see DECISIONS.md).
        /// </summary>
        Unavailable,
    }

    /// <summary>Publishes a new named object under its <see cref="KernelObject.Name"/>.</summary>
    public static InsertResult TryInsert(Machine machine, KernelObject obj)
    {
        while (!machine.TryAddNamed(obj))
        {
            var existing = machine.FindNamed(obj.Name!);
            if (existing is null)
            {
                continue; // removed meanwhile: try again
            }

            if (ObjectHeaderFlags.IsDeleted(existing))
            {
                if (TryRemove(machine, existing))
                {
                    continue;
                }

                return InsertResult.Unavailable;
            }

            return string.Equals(existing.Name, obj.Name, StringComparison.Ordinal) ? InsertResult.Taken : InsertResult.Unavailable;
        }

        return InsertResult.Inserted;
    }

    /// <summary>The live object named <paramref name="fullName"/>, or null (a deleted one is dropped).</summary>
    private static KernelObject? FindLive(Machine machine, string fullName, bool caseInsensitive)
    {
        var found = machine.FindNamed(fullName);
        if (found is null)
        {
            return null;
        }

        if (ObjectHeaderFlags.IsDeleted(found))
        {
            TryRemove(machine, found);
            return null;
        }

        return caseInsensitive || string.Equals(found.Name, fullName, StringComparison.Ordinal) ? found : null;
    }

    private static bool TryRemove(Machine machine, KernelObject dead) => machine.TryRemoveNamed(dead);

    private static Lookup Fail(NtStatus status) => new(status, null, null, false);
}
