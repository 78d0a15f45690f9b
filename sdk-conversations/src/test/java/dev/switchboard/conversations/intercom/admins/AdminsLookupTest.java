package dev.switchboard.conversations.intercom.admins;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.intercom.FakeIntercomAdmins;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link AdminsClient#me()}, {@link AdminsClient#list()} and {@link AdminsClient#get(String)}. */
class AdminsLookupTest {
    private static final String AVATAR = "https://static.intercomassets.com/assets/default-avatars/admins/128.png";

    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomAdmins fake = FakeIntercomAdmins.on(t.server, MoreTestSupport.TOKEN);
    private final AdminsClient admins = new AdminsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void meIsTheTokensAdminWithItsWorkspace() throws Exception {
        Admin me = admins.me();
        assertRequest(t.server.takeRequest(), "GET", "/me", null);
        assertEquals(FakeIntercomAdmins.ME, me.id());
        assertEquals(Boolean.TRUE, me.emailVerified());
        App app = me.app();
        assertEquals("app", app.type());
        assertEquals("EU", app.region());
        assertEquals("Europe/Dublin", app.timezone());
        assertEquals(Boolean.FALSE, app.identityVerification());
        assertEquals(Boolean.FALSE, app.secure());
        assertEquals(Instant.ofEpochSecond(FakeIntercomAdmins.EPOCH - 365L * 86_400), app.createdAt());
        assertEquals(AVATAR, me.avatarUrl(), "the object form of avatar");
        assertEquals(me, admins.meAsync().get());
    }

    @Test
    void listsAdminsWithAvatarsOnlyWhenAsked() throws Exception {
        List<Admin> plain = admins.list();
        assertRequest(t.server.takeRequest(), "GET", "/admins", null);
        assertEquals(List.of("991267460", "991267461"), plain.stream().map(Admin::id).toList());
        assertNull(plain.get(0).avatarUrl());
        List<Admin> withAvatars = admins.list(true);
        assertRequest(t.server.takeRequest(), "GET", "/admins?display_avatar=true", null);
        assertEquals(AVATAR, withAvatars.get(1).avatarUrl());
        assertEquals(List.of("814865"), withAvatars.get(0).teamPriorityLevel().primaryTeamIds());
        assertEquals(2, admins.listAsync().get().size());
        assertEquals(AVATAR, admins.listAsync(true).get().get(0).avatarUrl());
    }

    @Test
    void getsOneAdminWhoseAvatarIsTheSchemasUrlString() throws Exception {
        Admin dana = admins.get("991267461");
        assertRequest(t.server.takeRequest(), "GET", "/admins/991267461", null);
        assertEquals("Dana Roe", dana.name());
        assertEquals(AVATAR, dana.avatarUrl(), "the string form of avatar");
        assertEquals(List.of(814865L, 5017691L), dana.teamIds());
        assertEquals("Dana Roe", admins.getAsync("991267461").get().name());
        NotFoundException e = assertThrows(NotFoundException.class, () -> admins.get("1"));
        assertEquals("admin_not_found", e.details().get(0).code());
        assertEquals("adminId must be an integer id, was 'me'", assertThrows(IllegalArgumentException.class,
                () -> admins.get("me")).getMessage());
        assertTrue(admins.getAsync("x").isCompletedExceptionally());
        assertEquals(3, t.server.requestCount(), "nothing sent for the rejected ids");
    }

    @Test
    void anAvatarOfAnotherShapeFailsOnlyItsAccessor() {
        Admin odd = decode("{\"id\":\"1\",\"avatar\":{\"type\":\"avatar\",\"image_url\":7},\"email_verified\":null}", Admin.class);
        DecodeException e = assertThrows(DecodeException.class, odd::avatarUrl);
        assertEquals("path $.avatar.image_url", e.location());
        assertNull(odd.emailVerified());
        assertEquals("1", odd.id());
        assertThrows(DecodeException.class, () -> decode("{\"avatar\":[1]}", Admin.class).avatarUrl());
        assertNull(decode("{\"avatar\":null}", Admin.class).avatarUrl());
        assertEquals("{\"id\":\"1\",\"avatar\":{\"type\":\"avatar\",\"image_url\":7},\"email_verified\":null}", Json.write(odd));
    }
}
