using NtSec.Kernel;
using NtSec.Kernel.Native;
using NtSec.Principals;
using NtSec.Status;
using NtSec.Tokens;
using NtSec.Tokens.Operations;

namespace NtSec.Tests.Kernel;

/// <summary>
/// Issue 4: many OS threads drive many simulated threads at once (open, duplicate, impersonate,
/// filter, adjust, close); afterwards every handle table is back to its baseline and every
/// invariant holds.
/// </summary>
public class KernelConcurrencyTests
{
    private const uint TokenQuery = 0x8, TokenDuplicate = 0x2;

    [Fact]
    public void Concurrent_token_work_leaves_every_table_as_it_was()
    {
        var machine = StandardMachine.Create();
        var processes = Enumerable.Range(0, 4).Select(i => StandardMachine.CreateProcess(machine, $"p{i}", i % 2 == 0 ? "alice" : "admin")).ToList();
        var threads = processes.SelectMany(p => Enumerable.Range(0, 4).Select(t => machine.CreateThread(p, $"t{t}"))).ToList();
        var baseline = processes.ToDictionary(p => p, p => p.Handles.Count);
        var tokenHandles = processes.ToDictionary(p => p, p => p.PrimaryToken.HandleCount);
        var ids = machine.Luids;
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            var random = new Random(worker);
            var thread = threads[worker % threads.Count];
            var call = new KernelCall(thread);
            for (int i = 0; i < 300; i++)
            {
                switch (random.Next(5))
                {
                    case 0:
                        Expect(TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, TokenQuery | TokenDuplicate, out var h), errors);
                        Expect(ObjectHandles.NtClose(call, h), errors);
                        break;
                    case 1:
                        var copy = TokenDuplicator.Duplicate(thread.Process.PrimaryToken.State, TokenType.TokenImpersonation,
                            SecurityImpersonationLevel.SecurityImpersonation, false, ids);
                        thread.Impersonation = new ImpersonationState(Machine.NewTokenObject(copy.Value!), SecurityImpersonationLevel.SecurityImpersonation, false, false);
                        var status = TokenOpening.NtOpenThreadToken(call, NtHandle.CurrentThread, TokenQuery, true, out var t);
                        Expect(status, errors);
                        Expect(ObjectHandles.NtClose(call, t), errors);
                        thread.Impersonation = null;
                        break;
                    case 2:
                        var filtered = TokenFilter.Filter(thread.Process.PrimaryToken.State, FilterTokenFlags.DISABLE_MAX_PRIVILEGE,
                            [WellKnownSids.Everyone], null, [new SidAndAttributes(WellKnownSids.RestrictedCode, 0)], ids);
                        Expect(filtered.Status, errors);
                        Expect(ObjectManager.CreateHandle(call, Machine.NewTokenObject(filtered.Value!), TokenQuery, ObjectAttributeFlags.None, out var f), errors);
                        Expect(ObjectHandles.NtClose(call, f), errors);
                        break;
                    case 3:
                        // Adjust the process token in place: every swap must keep the state whole.
                        thread.Process.PrimaryToken.Update(state =>
                        {
                            var r = TokenAdjuster.AdjustPrivileges(state, disableAllPrivileges: random.Next(2) == 0, newState: null, ids);
                            return (0, r.IsSuccess ? r.Token : null);
                        });
                        break;
                    default:
                        Expect(TokenOpening.NtOpenProcessToken(call, NtHandle.CurrentProcess, 0x02000000, out var m), errors);
                        Expect(ObjectHandles.NtClose(call, m), errors);
                        break;
                }
            }
        });

        Assert.Empty(errors);
        foreach (var p in processes)
        {
            Assert.Equal(baseline[p], p.Handles.Count);
            Assert.Equal(tokenHandles[p], p.PrimaryToken.HandleCount);
            var privileges = p.PrimaryToken.State.Privileges;
            Assert.Equal(privileges.Length, privileges.Select(x => x.Luid).Distinct().Count()); // no torn or doubled state
            Assert.All(p.Threads, t => Assert.Null(t.Impersonation));
        }

        Assert.Equal(0, machine.KernelHandles.Count);
    }

    private static void Expect(NtStatus status, System.Collections.Concurrent.ConcurrentBag<string> errors)
    {
        if (status != NtStatus.STATUS_SUCCESS)
        {
            errors.Add(status.ToString());
        }
    }
}
