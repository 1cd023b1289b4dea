namespace Market.Domain.Royalties;

/// <summary>Why a part of a sale is paid to its recipient.</summary>
public enum RoyaltyRole
{
    /// <summary>The platform's commission on the net.</summary>
    Platform,

    /// <summary>The person who made the generated piece that was sold.</summary>
    Creator,

    /// <summary>The owner of a model version the money reached (the piece's model, a base model, a contributed piece's model).</summary>
    ModelOwner,

    /// <summary>The sole owner of the original work that was sold.</summary>
    Owner,

    /// <summary>A party on the split sheet of the original work that was sold.</summary>
    Collaborator,

    /// <summary>An owner (or creator) of a work in the ancestry of a work the money reached.</summary>
    Ancestor,

    /// <summary>An owner (or creator) of a training contribution the money reached.</summary>
    Contributor,

    /// <summary>A contributor pool's inclusion-weight account, settled to its contributions in batch.</summary>
    PoolFloor,
}
