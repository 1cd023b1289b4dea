using JasperFx;

namespace Market.Store.Orleans.Storage;

/// <summary>One grain's state under one state name: id <c>{serviceId}/{stateName}/{grainId}</c>.</summary>
internal sealed class GrainStateDocument : ILongVersioned
{
    /// <summary>The document id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Marten's numeric revision: the grain state's ETag.</summary>
    public long Version { get; set; }

    /// <summary>
    /// The state in Orleans' own binary format, which keeps polymorphic state intact. <c>null</c> marks
    /// a cleared state: a tombstone rather than a deleted row, because a revisioned update of a deleted
    /// row would silently recreate it and defeat the ETag check.
    /// </summary>
    public byte[]? State { get; set; }
}
