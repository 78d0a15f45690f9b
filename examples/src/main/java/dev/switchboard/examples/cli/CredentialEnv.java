package dev.switchboard.examples.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The environment variables that carry credentials, per API. */
final class CredentialEnv {
    /** Intercom access token. */
    static final String INTERCOM_TOKEN = "INTERCOM_TOKEN";
    /** Moveworks API key. */
    static final String MOVEWORKS_API_KEY = "MOVEWORKS_API_KEY";
    /** Moveworks OAuth client id. */
    static final String MOVEWORKS_CLIENT_ID = "MOVEWORKS_CLIENT_ID";
    /** Moveworks OAuth client secret. */
    static final String MOVEWORKS_CLIENT_SECRET = "MOVEWORKS_CLIENT_SECRET";
    /** Suger API key. */
    static final String SUGER_API_KEY = "SUGER_API_KEY";
    /** Suger organization id (not a secret). */
    static final String SUGER_ORG_ID = "SUGER_ORG_ID";
    /** AlooChat API key. */
    static final String ALOOCHAT_API_KEY = "ALOOCHAT_API_KEY";

    /** Every variable whose value must never be printed. */
    static final List<String> SECRET_VARIABLES = List.of(INTERCOM_TOKEN, MOVEWORKS_API_KEY, MOVEWORKS_CLIENT_ID,
            MOVEWORKS_CLIENT_SECRET, SUGER_API_KEY, ALOOCHAT_API_KEY);

    private CredentialEnv() {
    }

    /**
     * @param env the environment
     * @param name a variable
     * @return its value, when set and not blank
     */
    static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /**
     * @param api an API name
     * @param env the environment
     * @return whether the credentials of that API are set (Moveworks: an API key, or both client id and secret)
     */
    static boolean present(String api, Map<String, String> env) {
        switch (api) {
            case ExportCatalog.INTERCOM:
                return value(env, INTERCOM_TOKEN).isPresent();
            case ExportCatalog.MOVEWORKS:
                return value(env, MOVEWORKS_API_KEY).isPresent()
                        || (value(env, MOVEWORKS_CLIENT_ID).isPresent() && value(env, MOVEWORKS_CLIENT_SECRET).isPresent());
            case ExportCatalog.SUGER:
                return value(env, SUGER_API_KEY).isPresent();
            case ExportCatalog.ALOOCHAT:
                return value(env, ALOOCHAT_API_KEY).isPresent();
            default:
                return false;
        }
    }
}
