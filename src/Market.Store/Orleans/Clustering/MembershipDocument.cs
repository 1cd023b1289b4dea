using System.Globalization;
using JasperFx;
using Orleans;

namespace Market.Store.Orleans.Clustering;

/// <summary>
/// A cluster's whole membership table in one document (id: the cluster id), so that the rows and the
/// table version are always read together and written together.
/// </summary>
internal sealed class MembershipDocument : ILongVersioned
{
    /// <summary>The cluster id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Marten's numeric revision: every write is a compare-and-swap on it.</summary>
    public long Version { get; set; }

    /// <summary>Orleans' table version, raised by every row insert or update.</summary>
    public int TableVersion { get; set; }

    /// <summary>One row per silo that joined and has not been cleaned up.</summary>
    public List<MembershipRow> Rows { get; set; } = [];

    /// <summary>
    /// The table version as Orleans sees it. Its number is unique within the document's life, so its
    /// string form serves as the etag Orleans asks for.
    /// </summary>
    public TableVersion ToTableVersion() => new(TableVersion, ETagOf(TableVersion));

    /// <summary>Whether <paramref name="next"/> is the successor of the version stored here.</summary>
    public bool Precedes(TableVersion next) =>
        next.Version == TableVersion + 1 && next.VersionEtag == ETagOf(TableVersion);

    /// <summary>Raises the table version to <paramref name="next"/>; returns the etag for rows written now.</summary>
    public string Advance(TableVersion next)
    {
        TableVersion = next.Version;
        return ETagOf(TableVersion);
    }

    /// <summary>The row of <paramref name="siloAddress"/> (its parsable string), if any.</summary>
    public MembershipRow? Find(string siloAddress) => Rows.Find(row => row.SiloAddress == siloAddress);

    /// <summary>The snapshot Orleans reads: the given rows and the table version.</summary>
    public MembershipTableData ToTableData(IEnumerable<MembershipRow> rows) => new(
        rows.Select(row => Tuple.Create(row.ToEntry(), row.ETag)).ToList(),
        ToTableVersion());

    private static string ETagOf(int version) => version.ToString(CultureInfo.InvariantCulture);
}
