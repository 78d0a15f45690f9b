package dev.switchboard.conversations.intercom.teams;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's teams: list them and get one. Immutable and thread-safe; it shares the {@link IntercomConnection} it was
 * made from.
 *
 * <pre>{@code
 * TeamsClient teams = new TeamsClient(connection);
 * for (Team t : teams.list()) {                                     // one answer: team_list is not paginated
 *     System.out.println(t.name() + " " + t.adminIds() + " " + t.distributionMethod());
 * }
 * }</pre>
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * team ({@code team_not_found}), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class TeamsClient implements ResourceClient<TeamsClient> {
    private static final ApiRequest LIST = ApiRequest.builder(HttpMethod.GET, "/teams").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public TeamsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private TeamsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public TeamsClient withOptions(RequestOptions options) {
        return new TeamsClient(transport.withOptions(options));
    }

    /**
     * Every team of the workspace ({@code GET /teams}); the answer is not paginated.
     *
     * @return the teams, in Intercom's order; empty when the answer has none
     */
    public List<Team> list() {
        return teams(transport.execute(LIST, TeamList.class));
    }

    /**
     * As {@link #list()}, without blocking a thread.
     *
     * @return completes with what {@link #list()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Team>> listAsync() {
        return Futures.map(transport.executeAsync(LIST, TeamList.class), TeamsClient::teams);
    }

    private static List<Team> teams(TeamList list) {
        return list == null || list.teams() == null ? List.of() : list.teams();
    }

    /**
     * One team with its admins ({@code GET /teams/{team_id}}).
     *
     * @param teamId the team's id
     * @return the team
     * @throws dev.switchboard.core.NotFoundException if there is no such team ({@code team_not_found})
     * @throws IllegalArgumentException if the id is blank
     */
    public Team get(String teamId) {
        return transport.execute(request(teamId), Team.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param teamId the team's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Team> getAsync(String teamId) {
        return Futures.start(() -> transport.executeAsync(request(teamId), Team.class));
    }

    private static ApiRequest request(String teamId) {
        return ApiRequest.builder(HttpMethod.GET, "/teams/{team_id}", Checks.id(teamId, "teamId")).build();
    }

    @Override
    public String toString() {
        return "TeamsClient{" + transport.config().baseUrl() + "}";
    }
}
