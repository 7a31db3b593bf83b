using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NtSec.AccessControl;
using NtSec.AccessControl.Rights;
using NtSec.Kernel.Impersonation;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;

namespace NtSec.Kernel.Pipes;

/// <summary>
/// The named-pipe file system (npfs.sys) as far as impersonation needs it: NtCreateNamedPipeFile (server
/// ends), the client open (NtCreateFile on \Device\NamedPipe\X), NtReadFile / NtWriteFile, and the FSCTLs
/// FSCTL_PIPE_LISTEN, FSCTL_PIPE_DISCONNECT, FSCTL_PIPE_IMPERSONATE and the ClientProcessId attribute.
/// </summary>
/// <remarks>
/// <para>Client security (docs/impersonation.md "Named pipes"): the client's SECURITY_QUALITY_OF_SERVICE is
/// recorded at the open (without one: SecurityImpersonation, dynamic tracking, effective only). Each client
/// write carries a client security context made by <see cref="ClientSecurity.SeCreateClientSecurity"/> for the
/// writing thread: for static tracking one snapshot, taken at the first write and reused; for dynamic tracking
/// a new context at every write, referring to the client's effective token of that moment. A server read takes
/// the context of the message it reads; <see cref="FsctlPipeImpersonate"/> impersonates the last one read
/// ("the security context of the last message read from the pipe", ImpersonateNamedPipeClient page), and
/// before any is read fails with STATUS_CANNOT_IMPERSONATE (IMP-13).</para>
/// <para>The model does not block: a read of an empty queue is STATUS_PIPE_EMPTY and a listen in wait mode
/// returns at once (see each routine).</para>
/// </remarks>
public static class NamedPipeFileSystem
{
    /// <summary>The device every pipe name starts with.</summary>
    public const string DevicePrefix = "\\Device\\NamedPipe\\";

    /// <summary>FILE_READ_DATA: what a read needs on the handle.</summary>
    public const uint FileReadData = 0x0001;

    /// <summary>FILE_WRITE_DATA: what a write needs on the handle.</summary>
    public const uint FileWriteData = 0x0002;

    /// <summary>FILE_CREATE_PIPE_INSTANCE: what creating another instance of an existing pipe needs.</summary>
    public const uint FileCreatePipeInstance = 0x0004;

    /// <summary>FILE_CREATE (CreateDisposition): fail when the pipe exists (FILE_FLAG_FIRST_PIPE_INSTANCE).</summary>
    public const uint FileCreate = 2;

    /// <summary>FILE_OPEN_IF (CreateDisposition): create the pipe or another instance of it.</summary>
    public const uint FileOpenIf = 3;

    /// <summary>MaximumInstances without a limit (-1; PIPE_UNLIMITED_INSTANCES at the Win32 level).</summary>
    public const uint UnlimitedInstances = uint.MaxValue;

    private const uint FileAllAccess = 0x001F_01FF, FileGenericRead = 0x0012_0089;
    private const ObjectAttributeFlags HandleAttributeBits = ObjectAttributeFlags.OBJ_INHERIT | ObjectAttributeFlags.OBJ_KERNEL_HANDLE;

    private static readonly ConditionalWeakTable<Machine, Registry> Registries = [];
    private static readonly ConditionalWeakTable<NamedPipeObject, Registry> Owners = [];

    /// <summary>
    /// The quality of service a client open without one gets: SecurityImpersonation ("By default, a server
    /// impersonates at the SecurityImpersonation impersonation level", "Impersonating a Named Pipe Client"),
    /// dynamic tracking and effective only (IMP-15, IMP-16, research/wine.md).
    /// </summary>
    public static SecurityQualityOfService DefaultClientQos { get; } =
        new(SecurityImpersonationLevel.SecurityImpersonation, ContextTrackingMode.Dynamic, EffectiveOnly: true);

    /// <summary>
    /// The default descriptor of a pipe made without one (CreateNamedPipe page: "The ACLs in the default security
    /// descriptor for a named pipe grant full control to the LocalSystem account, administrators, and the creator
    /// owner. They also grant read access to members of the Everyone group and the anonymous account."). The
    /// creator owner is the creator's default owner; owner and group come from the creator's token.
    /// </summary>
    /// <param name="creator">The creator's effective token.</param>
    public static SecurityDescriptor DefaultPipeSecurity(TokenState creator)
    {
        ArgumentNullException.ThrowIfNull(creator);
        var dacl = new Acl([
            Ace.Create(AceType.AccessAllowed, AceFlags.None, FileAllAccess, WellKnownSids.LocalSystem),
            Ace.Create(AceType.AccessAllowed, AceFlags.None, FileAllAccess, WellKnownSids.Administrators),
            Ace.Create(AceType.AccessAllowed, AceFlags.None, FileAllAccess, creator.Owner),
            Ace.Create(AceType.AccessAllowed, AceFlags.None, FileGenericRead, WellKnownSids.Everyone),
            Ace.Create(AceType.AccessAllowed, AceFlags.None, FileGenericRead, WellKnownSids.Anonymous),
        ]);
        return new SecurityDescriptor(SecurityDescriptorControl.DaclPresent, creator.Owner, creator.PrimaryGroup, dacl, null);
    }

    /// <summary>The pipe named <paramref name="objectName"/> (\Device\NamedPipe\X, case-insensitive) with a live instance, or null.</summary>
    public static NamedPipeObject? FindPipe(Machine machine, string objectName)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(objectName);
        var registry = Registries.GetValue(machine, _ => new Registry());
        lock (registry.Lock)
        {
            return Find(registry, objectName);
        }
    }

    /// <summary>
    /// NtCreateNamedPipeFile: creates the pipe <paramref name="objectName"/> with its first instance, or another
    /// instance of an existing pipe, and returns a handle to the new instance's server end. A new pipe's
    /// descriptor is built from <paramref name="securityDescriptor"/> (or the creator's default DACL) by
    /// <see cref="ObjectSecurity.ForNewObject"/>; its creator gets <paramref name="desiredAccess"/> (generic
    /// rights mapped) unchecked. Another instance needs FILE_CREATE_PIPE_INSTANCE granted by the pipe's
    /// descriptor to the caller's effective token (unverified: the "Named Pipe Security and Access Rights" page
    /// ties FILE_CREATE_PIPE_INSTANCE to creating instances; the handle then gets the mapped desired access).
    /// </summary>
    /// <param name="call">The calling thread.</param>
    /// <param name="desiredAccess">DesiredAccess.</param>
    /// <param name="objectName">The name in ObjectAttributes: \Device\NamedPipe\X.</param>
    /// <param name="attributes">The ObjectAttributes flags (OBJ_INHERIT, OBJ_CASE_INSENSITIVE, ...).</param>
    /// <param name="securityDescriptor">The SecurityDescriptor of ObjectAttributes, or null.</param>
    /// <param name="createDisposition">CreateDisposition: <see cref="FileCreate"/> or <see cref="FileOpenIf"/>.</param>
    /// <param name="namedPipeType">NamedPipeType: 0 byte stream, 1 message type.</param>
    /// <param name="readMode">ReadMode: 0 byte, 1 message.</param>
    /// <param name="completionMode">CompletionMode: 0 queue the operation (wait), 1 complete it at once (no wait).</param>
    /// <param name="maximumInstances">MaximumInstances (<see cref="UnlimitedInstances"/> for no limit).</param>
    /// <param name="fileHandle">FileHandle: the server end; NULL on failure.</param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_PARAMETER (attributes, a disposition other than the two above, zero instances);
    /// STATUS_OBJECT_NAME_INVALID (not \Device\NamedPipe\ followed by a name); STATUS_ACCESS_DENIED (FILE_CREATE for an
    /// existing pipe -- CreateNamedPipe page: FILE_FLAG_FIRST_PIPE_INSTANCE makes the next creation fail with
    /// ERROR_ACCESS_DENIED -- or FILE_CREATE_PIPE_INSTANCE refused); STATUS_INSTANCE_NOT_AVAILABLE (the pipe has its
    /// MaximumInstances: ERROR_PIPE_BUSY); STATUS_BAD_IMPERSONATION_LEVEL (a user-mode creator impersonating below
    /// SecurityImpersonation); the statuses of the handle table.
    /// </returns>
    public static NtStatus NtCreateNamedPipeFile(KernelCall call, uint desiredAccess, string objectName, ObjectAttributeFlags attributes,
        SecurityDescriptor? securityDescriptor, uint createDisposition, uint namedPipeType, uint readMode, uint completionMode,
        uint maximumInstances, out NtHandle fileHandle)
    {
        ArgumentNullException.ThrowIfNull(objectName);
        fileHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (createDisposition is not (FileCreate or FileOpenIf) || maximumInstances == 0 || namedPipeType > 1 || readMode > 1 || completionMode > 1)
        {
            return NtStatus.STATUS_INVALID_PARAMETER;
        }

        if (!IsPipeName(objectName))
        {
            return NtStatus.STATUS_OBJECT_NAME_INVALID;
        }

        var (creator, level) = call.Subject();
        if (call.IsUserMode && level is { } l && l < SecurityImpersonationLevel.SecurityImpersonation)
        {
            return NtStatus.STATUS_BAD_IMPERSONATION_LEVEL; // as for any new object (EventObjects.CheckNewObject)
        }

        var registry = Registries.GetValue(call.Machine, _ => new Registry());
        lock (registry.Lock)
        {
            var pipe = Find(registry, objectName);
            uint granted;
            if (pipe is null)
            {
                var type = ObjectTypeInfo.Get(ObjectTypeKind.NamedPipe);
                pipe = new NamedPipeObject(objectName, ObjectSecurity.ForNewObject(creator, type, securityDescriptor), maximumInstances, namedPipeType == 1);
                Owners.AddOrUpdate(pipe, registry);
                registry.Pipes[objectName] = pipe;
                granted = type.GenericMapping.Map(desiredAccess);
            }
            else
            {
                if (createDisposition == FileCreate)
                {
                    return NtStatus.STATUS_ACCESS_DENIED;
                }

                if (pipe.MaximumInstances != UnlimitedInstances && pipe.LiveInstances().Count >= pipe.MaximumInstances)
                {
                    return NtStatus.STATUS_INSTANCE_NOT_AVAILABLE;
                }

                status = ObjectManager.CheckAccess(call, pipe, FileCreatePipeInstance, attributes, AccessSubject.Effective, out _);
                if (status != NtStatus.STATUS_SUCCESS)
                {
                    return status;
                }

                granted = pipe.Type.GenericMapping.Map(desiredAccess);
            }

            var instance = new NamedPipeInstance(pipe, readMode == 1, completionMode == 1);
            status = ObjectManager.CreateHandle(call, instance.ServerFile, granted & ~AccessMask.MaximumAllowed, attributes & HandleAttributeBits, out fileHandle);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                if (pipe.LiveInstances().Count == 0)
                {
                    registry.Pipes.TryRemove(objectName, out _);
                }

                return status;
            }

            instance.ServerFile.MarkOpened();
            pipe.AddInstance(instance);
            return NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>
    /// The client open (NtCreateFile / NtOpenFile of \Device\NamedPipe\X; NPFS's NpCreateClientEnd): checks
    /// <paramref name="desiredAccess"/> against the pipe's descriptor as the caller's effective token, connects
    /// to an instance that is listening, and records the client's quality of service and process id.
    /// </summary>
    /// <param name="call">The client thread.</param>
    /// <param name="desiredAccess">DesiredAccess (GENERIC_READ | GENERIC_WRITE is mapped by the pipe type).</param>
    /// <param name="objectName">\Device\NamedPipe\X.</param>
    /// <param name="attributes">ObjectAttributes flags.</param>
    /// <param name="securityQualityOfService">The SecurityQualityOfService of ObjectAttributes, or null for <see cref="DefaultClientQos"/>.</param>
    /// <param name="fileHandle">FileHandle: the client end; NULL on failure.</param>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_PARAMETER (attributes); STATUS_OBJECT_NAME_INVALID; STATUS_OBJECT_NAME_NOT_FOUND (no such
    /// pipe: ERROR_FILE_NOT_FOUND); STATUS_ACCESS_DENIED, STATUS_BAD_IMPERSONATION_LEVEL (<see cref="ObjectManager.CheckAccess"/>);
    /// STATUS_PIPE_NOT_AVAILABLE (no instance is listening: ERROR_PIPE_BUSY, CreateFile page); the handle table's statuses.
    /// </returns>
    public static NtStatus CreateClientEnd(KernelCall call, uint desiredAccess, string objectName, ObjectAttributeFlags attributes,
        SecurityQualityOfService? securityQualityOfService, out NtHandle fileHandle)
    {
        ArgumentNullException.ThrowIfNull(objectName);
        fileHandle = NtHandle.Null;
        var status = ObjectManager.ValidateAttributes(call, attributes);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (!IsPipeName(objectName))
        {
            return NtStatus.STATUS_OBJECT_NAME_INVALID;
        }

        var registry = Registries.GetValue(call.Machine, _ => new Registry());
        lock (registry.Lock)
        {
            var pipe = Find(registry, objectName);
            if (pipe is null)
            {
                return NtStatus.STATUS_OBJECT_NAME_NOT_FOUND;
            }

            status = ObjectManager.CheckAccess(call, pipe, desiredAccess, attributes, AccessSubject.Effective, out uint granted);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }

            var instance = pipe.LiveInstances().Find(i => i.StoredState == NamedPipeState.Listening);
            if (instance is null)
            {
                return NtStatus.STATUS_PIPE_NOT_AVAILABLE;
            }

            // A client end starts in byte read mode and wait mode (CreateFile page; SetNamedPipeHandleState changes them).
            var client = new NamedPipeFile(instance, PipeEnd.Client, messageReadMode: false, noWait: false);
            status = ObjectManager.CreateHandle(call, client, granted, attributes & HandleAttributeBits, out fileHandle);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }

            client.MarkOpened();
            instance.ClientFile = client;
            instance.ClientProcessId = call.Process.ProcessId;
            instance.ClientQos = securityQualityOfService ?? DefaultClientQos;
            instance.StaticClientContext = null;
            instance.ServerClientContext = null;
            instance.StoredState = NamedPipeState.Connected;
            return NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>
    /// NtWriteFile on a pipe end: queues <paramref name="length"/> bytes of <paramref name="buffer"/> for the other
    /// end. A client write carries the client's security context (the class remarks): static tracking, the snapshot
    /// made at the first write; dynamic tracking, a new context for the writing thread's effective token.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (no FILE_WRITE_DATA on the
    /// handle); STATUS_PIPE_LISTENING (server end, no client yet: ERROR_PIPE_LISTENING); STATUS_PIPE_DISCONNECTED (after
    /// DisconnectNamedPipe: ERROR_PIPE_NOT_CONNECTED); STATUS_PIPE_CLOSING (the other end was closed: ERROR_NO_DATA); the
    /// statuses of <see cref="ClientSecurity.SeCreateClientSecurity"/> for a client write (STATUS_BAD_IMPERSONATION_LEVEL
    /// for a client impersonating below the level its QoS offers; unverified, NPFS behaviour as ReactOS describes it).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="length"/> exceeds the buffer.</exception>
    public static NtStatus NtWriteFile(KernelCall call, NtHandle fileHandle, byte[] buffer, uint length, out uint ioStatusInformation)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, (uint)buffer.Length);
        ioStatusInformation = 0;
        var status = ReferencePipe(call, fileHandle, FileWriteData, out var file);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        var instance = file!.Instance;
        lock (SyncRoot(instance.Pipe))
        {
            status = Usable(instance, file);
            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }

            ClientSecurityContext? context = null;
            if (file.End == PipeEnd.Client)
            {
                var qos = instance.ClientQos!;
                context = qos.ContextTrackingMode == ContextTrackingMode.Static ? instance.StaticClientContext : null;
                if (context is null)
                {
                    status = ClientSecurity.SeCreateClientSecurity(call, call.Thread, qos, false, out context);
                    if (status != NtStatus.STATUS_SUCCESS)
                    {
                        return status;
                    }

                    if (qos.ContextTrackingMode == ContextTrackingMode.Static)
                    {
                        instance.StaticClientContext = context;
                    }
                }
            }

            var message = new PipeMessage(buffer.AsSpan(0, (int)length).ToArray(), context);
            (file.End == PipeEnd.Client ? instance.ToServer : instance.ToClient).Enqueue(message);
            ioStatusInformation = length;
            return NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>
    /// NtReadFile on a pipe end: takes up to <paramref name="length"/> bytes of the first message waiting for this end.
    /// A server read of a client message makes that message's context the one <see cref="FsctlPipeImpersonate"/> uses.
    /// In message read mode a message longer than the buffer gives STATUS_BUFFER_OVERFLOW (ERROR_MORE_DATA) with the
    /// first bytes, the rest staying for the next read; in byte read mode the rest stays and the read succeeds (the
    /// model reads from one message at a time).
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_BUFFER_OVERFLOW; STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH, STATUS_ACCESS_DENIED (no
    /// FILE_READ_DATA); STATUS_PIPE_LISTENING; STATUS_PIPE_DISCONNECTED; STATUS_PIPE_BROKEN (nothing left and the other end
    /// closed: ERROR_BROKEN_PIPE); STATUS_PIPE_EMPTY (nothing to read: ERROR_NO_DATA -- a PIPE_NOWAIT read; a blocking read
    /// would wait, which the model cannot).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="length"/> exceeds the buffer.</exception>
    public static NtStatus NtReadFile(KernelCall call, NtHandle fileHandle, byte[] buffer, uint length, out uint ioStatusInformation)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, (uint)buffer.Length);
        ioStatusInformation = 0;
        var status = ReferencePipe(call, fileHandle, FileReadData, out var file);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        var instance = file!.Instance;
        lock (SyncRoot(instance.Pipe))
        {
            var queue = file.End == PipeEnd.Server ? instance.ToServer : instance.ToClient;
            status = Usable(instance, file);
            if (status == NtStatus.STATUS_PIPE_CLOSING)
            {
                status = queue.Count == 0 ? NtStatus.STATUS_PIPE_BROKEN : NtStatus.STATUS_SUCCESS;
            }

            if (status != NtStatus.STATUS_SUCCESS)
            {
                return status;
            }

            if (!queue.TryPeek(out var message))
            {
                return NtStatus.STATUS_PIPE_EMPTY;
            }

            if (file.End == PipeEnd.Server && message.ClientContext is { } context)
            {
                instance.ServerClientContext = context;
            }

            int taken = (int)Math.Min(length, (uint)message.Data.Length);
            message.Data.AsSpan(0, taken).CopyTo(buffer);
            ioStatusInformation = (uint)taken;
            if (taken == message.Data.Length)
            {
                queue.Dequeue();
                return NtStatus.STATUS_SUCCESS;
            }

            var rest = message with { Data = message.Data[taken..] };
            var remaining = new List<PipeMessage>(queue);
            remaining[0] = rest;
            queue.Clear();
            remaining.ForEach(queue.Enqueue);
            return file.MessageReadMode ? NtStatus.STATUS_BUFFER_OVERFLOW : NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>
    /// FSCTL_PIPE_IMPERSONATE (ImpersonateNamedPipeClient): the calling thread impersonates the context of the last
    /// client message the server end read, through <see cref="ClientSecurity.SeImpersonateClientEx"/> -- so the impersonation
    /// check applies, and a server without SeImpersonatePrivilege impersonating another user silently gets
    /// SecurityIdentification (docs/impersonation.md).
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS (also after a silent downgrade); STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH;
    /// STATUS_ILLEGAL_FUNCTION for a client end ("Only the server end of the pipe can call this function"; the status is
    /// unverified); STATUS_CANNOT_IMPERSONATE when no client message has been read since the client connected (IMP-13:
    /// ERROR_CANNOT_IMPERSONATE; Server 2003 returned TRUE); STATUS_NO_MEMORY (an injected allocation failure).
    /// </returns>
    public static NtStatus FsctlPipeImpersonate(KernelCall call, NtHandle fileHandle)
    {
        var status = ReferencePipe(call, fileHandle, 0, out var file);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (file!.End != PipeEnd.Server)
        {
            return NtStatus.STATUS_ILLEGAL_FUNCTION;
        }

        ClientSecurityContext? context;
        lock (SyncRoot(file.Instance.Pipe))
        {
            context = file.Instance.ServerClientContext;
        }

        return context is null ? NtStatus.STATUS_CANNOT_IMPERSONATE : ClientSecurity.SeImpersonateClientEx(call, context, call.Thread);
    }

    /// <summary>
    /// FSCTL_PIPE_LISTEN (ConnectNamedPipe): makes a disconnected server end listen again. The model does not block: in
    /// wait mode the call returns STATUS_SUCCESS at once, standing for the wait that ends when a client connects.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_PIPE_CONNECTED (a client connected before the call: ERROR_PIPE_CONNECTED, ConnectNamedPipe
    /// page); STATUS_PIPE_CLOSING (the client connected and closed its end: ERROR_NO_DATA, ConnectNamedPipe page);
    /// STATUS_PIPE_LISTENING (PIPE_NOWAIT, no client yet: ERROR_PIPE_LISTENING, ConnectNamedPipe page);
    /// STATUS_ILLEGAL_FUNCTION (a client end; unverified); STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH.
    /// </returns>
    public static NtStatus FsctlPipeListen(KernelCall call, NtHandle fileHandle)
    {
        var status = ReferencePipe(call, fileHandle, 0, out var file);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (file!.End != PipeEnd.Server)
        {
            return NtStatus.STATUS_ILLEGAL_FUNCTION;
        }

        var instance = file.Instance;
        lock (SyncRoot(instance.Pipe))
        {
            switch (instance.State)
            {
                case NamedPipeState.Connected:
                    return NtStatus.STATUS_PIPE_CONNECTED;
                case NamedPipeState.Closing:
                    return NtStatus.STATUS_PIPE_CLOSING;
                default:
                    instance.StoredState = NamedPipeState.Listening;
                    return file.NoWait ? NtStatus.STATUS_PIPE_LISTENING : NtStatus.STATUS_SUCCESS;
            }
        }
    }

    /// <summary>
    /// FSCTL_PIPE_DISCONNECT (DisconnectNamedPipe): ends the client's connection: unread messages are discarded, the
    /// client security contexts are deleted (a later ImpersonateNamedPipeClient fails until a new client's message is
    /// read), the client end stays open but broken (its reads and writes give STATUS_PIPE_DISCONNECTED). A thread already
    /// impersonating keeps its token.
    /// </summary>
    /// <returns>
    /// STATUS_SUCCESS; STATUS_PIPE_LISTENING (no client has connected; unverified); STATUS_ILLEGAL_FUNCTION (a client end;
    /// unverified); STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH.
    /// </returns>
    public static NtStatus FsctlPipeDisconnect(KernelCall call, NtHandle fileHandle)
    {
        var status = ReferencePipe(call, fileHandle, 0, out var file);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        if (file!.End != PipeEnd.Server)
        {
            return NtStatus.STATUS_ILLEGAL_FUNCTION;
        }

        var instance = file.Instance;
        lock (SyncRoot(instance.Pipe))
        {
            if (instance.StoredState == NamedPipeState.Listening)
            {
                return NtStatus.STATUS_PIPE_LISTENING;
            }

            foreach (var context in new[] { instance.StaticClientContext, instance.ServerClientContext }
                .Concat(instance.ToServer.Select(m => m.ClientContext)).OfType<ClientSecurityContext>().Distinct())
            {
                ClientSecurity.SeDeleteClientSecurity(call, context);
            }

            instance.ToServer.Clear();
            instance.ToClient.Clear();
            instance.StaticClientContext = null;
            instance.ServerClientContext = null;
            instance.ClientFile = null;
            instance.StoredState = NamedPipeState.Disconnected;
            return NtStatus.STATUS_SUCCESS;
        }
    }

    /// <summary>
    /// The "ClientProcessId" pipe attribute (FSCTL_PIPE_GET_PIPE_ATTRIBUTE; GetNamedPipeClientProcessId): the id of the
    /// process that opened the client end last, on either end's handle (0 before any client connected).
    /// </summary>
    /// <returns>STATUS_SUCCESS; STATUS_INVALID_HANDLE, STATUS_OBJECT_TYPE_MISMATCH.</returns>
    public static NtStatus GetClientProcessId(KernelCall call, NtHandle fileHandle, out int clientProcessId)
    {
        clientProcessId = 0;
        var status = ReferencePipe(call, fileHandle, 0, out var file);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        lock (SyncRoot(file!.Instance.Pipe))
        {
            clientProcessId = file.Instance.ClientProcessId;
        }

        return NtStatus.STATUS_SUCCESS;
    }

    /// <summary>The lock that guards <paramref name="pipe"/>'s instances (the machine's pipe namespace lock).</summary>
    internal static object SyncRoot(NamedPipeObject pipe) => Owners.TryGetValue(pipe, out var registry) ? registry.Lock : pipe;

    private static bool IsPipeName(string name) =>
        name.Length > DevicePrefix.Length && name.StartsWith(DevicePrefix, StringComparison.OrdinalIgnoreCase);

    private static NamedPipeObject? Find(Registry registry, string name)
    {
        if (!registry.Pipes.TryGetValue(name, out var pipe))
        {
            return null;
        }

        if (pipe.LiveInstances().Count == 0)
        {
            registry.Pipes.TryRemove(name, out _); // the last server end was closed: the pipe is gone
            return null;
        }

        return pipe;
    }

    private static NtStatus ReferencePipe(KernelCall call, NtHandle fileHandle, uint desiredAccess, out NamedPipeFile? file)
    {
        file = null;
        var status = ObjectManager.ReferenceByHandle(call, fileHandle, desiredAccess, ObjectTypeKind.NamedPipe, out var obj, out _);
        if (status != NtStatus.STATUS_SUCCESS)
        {
            return status;
        }

        file = obj as NamedPipeFile;
        return file is null ? NtStatus.STATUS_OBJECT_TYPE_MISMATCH : NtStatus.STATUS_SUCCESS;
    }

    /// <summary>Whether <paramref name="file"/>'s end can transfer data now (the caller holds the lock).</summary>
    private static NtStatus Usable(NamedPipeInstance instance, NamedPipeFile file)
    {
        if (file.End == PipeEnd.Client)
        {
            if (!ReferenceEquals(instance.ClientFile, file) || instance.StoredState == NamedPipeState.Disconnected)
            {
                return NtStatus.STATUS_PIPE_DISCONNECTED;
            }

            return instance.ServerFile.IsClosed ? NtStatus.STATUS_PIPE_CLOSING : NtStatus.STATUS_SUCCESS;
        }

        return instance.State switch
        {
            NamedPipeState.Listening => NtStatus.STATUS_PIPE_LISTENING,
            NamedPipeState.Disconnected => NtStatus.STATUS_PIPE_DISCONNECTED,
            NamedPipeState.Closing => NtStatus.STATUS_PIPE_CLOSING,
            _ => NtStatus.STATUS_SUCCESS,
        };
    }

    private sealed class Registry
    {
        public object Lock { get; } = new();

        public ConcurrentDictionary<string, NamedPipeObject> Pipes { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
