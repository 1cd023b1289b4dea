using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Market.Web.Identity;

/// <summary>Identity's tables, in their own schema of Market's database.</summary>
public sealed class MarketIdentityDbContext(DbContextOptions<MarketIdentityDbContext> options)
    : IdentityDbContext<MarketUser>(options)
{
    /// <summary>The schema Identity's tables live in.</summary>
    public const string Schema = "identity";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        base.OnModelCreating(builder);
    }
}
