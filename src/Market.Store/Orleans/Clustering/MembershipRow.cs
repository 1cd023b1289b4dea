using Orleans;
using Orleans.Runtime;
using Silo = Orleans.Runtime.SiloAddress;

namespace Market.Store.Orleans.Clustering;

/// <summary>
/// One silo's <see cref="MembershipEntry"/> as plain fields, so the table stays readable with SQL
/// (<c>select data from market.mt_doc_orleans_membership</c>) when a cluster misbehaves.
/// </summary>
internal sealed class MembershipRow
{
    /// <summary>The silo address in Orleans' parsable form (<c>ip:port@generation</c>).</summary>
    public string SiloAddress { get; set; } = "";

    /// <summary>The row etag: the table version at which the row was last inserted or updated.</summary>
    public string ETag { get; set; } = "";

    /// <summary>See <see cref="MembershipEntry.Status"/>.</summary>
    public SiloStatus Status { get; set; }

    /// <summary>See <see cref="MembershipEntry.SuspectTimes"/>.</summary>
    public List<SuspectVote> Suspicions { get; set; } = [];

    /// <summary>See <see cref="MembershipEntry.ProxyPort"/>.</summary>
    public int ProxyPort { get; set; }

    /// <summary>See <see cref="MembershipEntry.HostName"/>.</summary>
    public string HostName { get; set; } = "";

    /// <summary>See <see cref="MembershipEntry.SiloName"/>.</summary>
    public string SiloName { get; set; } = "";

    /// <summary>See <see cref="MembershipEntry.RoleName"/>.</summary>
    public string? RoleName { get; set; }

    /// <summary>See <see cref="MembershipEntry.UpdateZone"/>.</summary>
    public int UpdateZone { get; set; }

    /// <summary>See <see cref="MembershipEntry.FaultZone"/>.</summary>
    public int FaultZone { get; set; }

    /// <summary>See <see cref="MembershipEntry.StartTime"/>.</summary>
    public DateTime StartTime { get; set; }

    /// <summary>See <see cref="MembershipEntry.IAmAliveTime"/>.</summary>
    public DateTime IAmAliveTime { get; set; }

    /// <summary>
    /// The last time anything was heard of the silo: its start, its last heartbeat or the latest vote
    /// against it, so a silo just declared dead is not cleaned up before the others have seen it.
    /// </summary>
    public DateTime LastUpdate() =>
        Suspicions.Select(vote => vote.At).Append(IAmAliveTime).Append(StartTime).Max();

    /// <summary>Copies <paramref name="entry"/> into a row with etag <paramref name="etag"/>.</summary>
    public static MembershipRow From(MembershipEntry entry, string etag) => new()
    {
        SiloAddress = entry.SiloAddress.ToParsableString(),
        ETag = etag,
        Status = entry.Status,
        Suspicions = [.. (entry.SuspectTimes ?? []).Select(vote => new SuspectVote(vote.Item1.ToParsableString(), vote.Item2))],
        ProxyPort = entry.ProxyPort,
        HostName = entry.HostName,
        SiloName = entry.SiloName,
        RoleName = entry.RoleName,
        UpdateZone = entry.UpdateZone,
        FaultZone = entry.FaultZone,
        StartTime = entry.StartTime,
        IAmAliveTime = entry.IAmAliveTime,
    };

    /// <summary>The entry Orleans works with.</summary>
    public MembershipEntry ToEntry() => new()
    {
        SiloAddress = Silo.FromParsableString(SiloAddress),
        Status = Status,
        SuspectTimes = Suspicions.Select(vote => Tuple.Create(Silo.FromParsableString(vote.Silo), vote.At)).ToList(),
        ProxyPort = ProxyPort,
        HostName = HostName,
        SiloName = SiloName,
        RoleName = RoleName,
        UpdateZone = UpdateZone,
        FaultZone = FaultZone,
        StartTime = StartTime,
        IAmAliveTime = IAmAliveTime,
    };
}

/// <summary>A silo's vote, cast at <paramref name="At"/>, that the row's silo is dead.</summary>
/// <param name="Silo">The voting silo's address in parsable form.</param>
/// <param name="At">When it voted (UTC).</param>
internal sealed record SuspectVote(string Silo, DateTime At);
