using NtSec.Principals;
using NtSec.Tokens.Operations;

namespace NtSec.Tests.Tokens;

public class LuidAllocatorTests
{
    [Fact]
    public void Allocations_differ_and_are_not_well_known_privileges()
    {
        // [W] wine.md LUID-01: two allocations differ; the first is not a well-known privilege value.
        var ids = new LuidAllocator();
        var a = ids.Allocate();
        var b = ids.Allocate();
        Assert.NotEqual(a, b);
        Assert.True(a.LowPart > 36 || a.HighPart != 0);
        Assert.False(PrivilegeTable.TryGetByLuid(a, out _));
    }

    [Fact]
    public void First_value_is_above_the_well_known_logon_ids()
    {
        // NETWORK SERVICE 0x3E4, LOCAL SERVICE 0x3E5, ANONYMOUS 0x3E6, SYSTEM 0x3E7 (ntifs.h).
        var first = new LuidAllocator().Allocate();
        Assert.True(first.ToInt64() > 0x3E7);
        Assert.Equal(LuidAllocator.DefaultFirstValue, first.ToInt64());
    }

    [Fact]
    public void A_test_can_choose_where_its_allocator_starts()
    {
        var ids = new LuidAllocator(0x5000);
        Assert.Equal(new Luid(0x5000, 0), ids.Allocate());
        Assert.Equal(new Luid(0x5001, 0), ids.Allocate());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(0x3E7L)]
    [InlineData(-5L)]
    public void Starting_at_or_below_a_well_known_id_is_refused(long first) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LuidAllocator(first));

    [Fact]
    public void Concurrent_allocations_never_repeat()
    {
        var ids = new LuidAllocator();
        var seen = new System.Collections.Concurrent.ConcurrentBag<Luid>();
        Parallel.For(0, 8, _ =>
        {
            for (int i = 0; i < 2000; i++)
            {
                seen.Add(ids.Allocate());
            }
        });
        Assert.Equal(16000, seen.Distinct().Count());
    }

    [Fact]
    public void The_shared_allocator_is_one_instance() => Assert.Same(LuidAllocator.Shared, LuidAllocator.Shared);
}
