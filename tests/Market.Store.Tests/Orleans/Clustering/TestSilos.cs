using System.Net;
using Marten;
using Market.Store.Orleans.Clustering;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>Membership tables of fresh clusters and the entries of made-up silos joining them.</summary>
public static class TestSilos
{
    private static int _generation;

    /// <summary>A membership table for a cluster no other test uses.</summary>
    public static MartenMembershipTable NewTable(this IDocumentStore store) =>
        store.TableOf($"cluster-{Guid.NewGuid():N}");

    /// <summary>The membership table of <paramref name="clusterId"/>.</summary>
    public static MartenMembershipTable TableOf(this IDocumentStore store, string clusterId) =>
        new(store, Options.Create(new ClusterOptions { ClusterId = clusterId }));

    /// <summary>A new silo's entry, times cut to whole seconds like Orleans' own table tests.</summary>
    public static MembershipEntry NewEntry(SiloStatus status = SiloStatus.Joining, int ageInDays = 0)
    {
        var now = DateTime.UtcNow;
        var second = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddDays(-ageInDays);
        var address = NewAddress();
        return new MembershipEntry
        {
            SiloAddress = address,
            Status = status,
            HostName = "test-host",
            SiloName = $"silo-{address.Generation}",
            ProxyPort = 30000,
            StartTime = second,
            IAmAliveTime = second,
        };
    }

    /// <summary>An address with a generation no other test silo has.</summary>
    public static SiloAddress NewAddress() =>
        SiloAddress.New(IPAddress.Loopback, 11111, Interlocked.Increment(ref _generation));

    /// <summary>Inserts <paramref name="entry"/> as the next version; returns the table after it.</summary>
    public static async Task<MembershipTableData> InsertAsync(this IMembershipTable table, MembershipEntry entry)
    {
        var before = await table.ReadAllAsync();
        (await table.InsertRowAsync(entry, before.Version.Next())).ShouldBeTrue();
        return await table.ReadAllAsync();
    }

    /// <summary>Checks that <paramref name="actual"/> carries every field of <paramref name="expected"/>.</summary>
    public static void ShouldMatch(this MembershipEntry actual, MembershipEntry expected)
    {
        actual.SiloAddress.ShouldBe(expected.SiloAddress);
        actual.Status.ShouldBe(expected.Status);
        actual.ProxyPort.ShouldBe(expected.ProxyPort);
        actual.HostName.ShouldBe(expected.HostName);
        actual.SiloName.ShouldBe(expected.SiloName);
        actual.RoleName.ShouldBe(expected.RoleName);
        actual.UpdateZone.ShouldBe(expected.UpdateZone);
        actual.FaultZone.ShouldBe(expected.FaultZone);
        actual.StartTime.ShouldBe(expected.StartTime);
        actual.IAmAliveTime.ShouldBe(expected.IAmAliveTime);
        (actual.SuspectTimes ?? []).ShouldBe(expected.SuspectTimes ?? []);
    }
}
