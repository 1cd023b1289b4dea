using Market.Domain.Catalog;

namespace Market.Domain.Tests.Catalog;

public sealed class NamedPeopleAcceptBeforeTheirRoleTakesEffect
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Everyone_named_but_the_naming_party_is_asked_once_the_creator_first()
    {
        var asked = NamedRoles.ToAsk("p_operator", "p_creator", ["p_creator", "p_operator", "p_friend", "p_friend"]);

        asked.ShouldBe([
            new NamedRole("p_creator", NamedRoles.Creator, NamedRoles.Pending),
            new NamedRole("p_friend", NamedRoles.CoOwner, NamedRoles.Pending),
        ]);
    }

    [Fact]
    public void A_work_naming_only_its_registrant_or_registered_before_the_rule_is_for_sale()
    {
        NamedRoles.IsForSale(NamedRoles.ToAsk("p_artist", null, ["p_artist"])).ShouldBeTrue();
        NamedRoles.IsForSale(NamedRoles.ToAsk("p_artist", "p_artist", ["p_artist"])).ShouldBeTrue();
        NamedRoles.IsForSale(null).ShouldBeTrue();
        NamedRoles.HasTakenRole(null, "p_anyone").ShouldBeTrue();
    }

    [Fact]
    public void The_work_is_for_sale_only_once_everyone_named_has_accepted()
    {
        var named = NamedRoles.ToAsk("p_artist", null, ["p_artist", "p_a", "p_b"]);
        NamedRoles.StatusOf(named).ShouldBe(NamedRoles.Pending);

        named = NamedRoles.Answer(named, "p_a", accept: true, Now).Named!;
        NamedRoles.IsForSale(named).ShouldBeFalse();
        NamedRoles.HasTakenRole(named, "p_a").ShouldBeTrue();
        NamedRoles.HasTakenRole(named, "p_b").ShouldBeFalse();

        named = NamedRoles.Answer(named, "p_b", accept: true, Now).Named!;
        NamedRoles.IsForSale(named).ShouldBeTrue();
        named.ShouldAllBe(n => n.AnsweredAt == Now);
    }

    [Fact]
    public void One_decline_keeps_the_work_off_sale_whatever_the_others_say()
    {
        var named = NamedRoles.ToAsk("p_artist", null, ["p_a", "p_b"]);
        named = NamedRoles.Answer(named, "p_a", accept: false, Now).Named!;
        named = NamedRoles.Answer(named, "p_b", accept: true, Now).Named!;

        NamedRoles.StatusOf(named).ShouldBe(NamedRoles.Declined);
        NamedRoles.IsForSale(named).ShouldBeFalse();
        NamedRoles.HasTakenRole(named, "p_a").ShouldBeFalse();
    }

    [Fact]
    public void Nobody_answers_for_someone_else()
    {
        var named = NamedRoles.ToAsk("p_artist", null, ["p_a"]);

        var decision = NamedRoles.Answer(named, "p_artist", accept: true, Now);

        decision.Refusal.ShouldBe(NamedRoleRefusal.NotNamed);
        decision.Named.ShouldBeNull();
        NamedRoles.Answer(null, "p_a", accept: true, Now).Refusal.ShouldBe(NamedRoleRefusal.NotNamed);
    }

    [Fact]
    public void Answers_are_final_and_repeating_one_changes_nothing()
    {
        var named = NamedRoles.Answer(NamedRoles.ToAsk("p_artist", null, ["p_a"]), "p_a", accept: false, Now).Named!;

        NamedRoles.Answer(named, "p_a", accept: false, Now.AddDays(1)).Named.ShouldBe(named);
        var flip = NamedRoles.Answer(named, "p_a", accept: true, Now.AddDays(1));
        flip.Refusal.ShouldBe(NamedRoleRefusal.AlreadyAnswered);
        flip.Message.ShouldNotBeNull().ShouldContain("declined");
    }
}
