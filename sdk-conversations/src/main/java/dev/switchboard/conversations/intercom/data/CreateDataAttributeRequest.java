package dev.switchboard.conversations.intercom.data;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /data_attributes} ({@code create_data_attribute_request}): a custom attribute of contacts or
 * companies. Checked before anything is sent, as the schema states: a name; a model of {@code contact} or
 * {@code company} (Intercom refuses others); a data type of the create enum ({@code string}, {@code integer},
 * {@code float}, {@code boolean}, {@code datetime}, {@code date}), or a list attribute ({@code options}) with at least
 * {@value #MIN_OPTIONS} options, sent as {@code [{"value": ...}]}.
 *
 * <pre>{@code
 * CreateDataAttributeRequest shirt = CreateDataAttributeRequest.of("Mithril Shirt", DataAttributeModel.COMPANY,
 *         DataAttributeType.STRING).description("Worn under the tunic");
 * CreateDataAttributeRequest size = CreateDataAttributeRequest.list("Team size", DataAttributeModel.COMPANY,
 *         List.of("1-10", "11-50", "51+"));
 * }</pre>
 */
public final class CreateDataAttributeRequest {
    /** The fewest options a list attribute may have. */
    public static final int MIN_OPTIONS = 2;

    private static final List<DataAttributeType> CREATABLE = List.of(DataAttributeType.STRING, DataAttributeType.INTEGER,
            DataAttributeType.FLOAT, DataAttributeType.BOOLEAN, DataAttributeType.DATETIME, DataAttributeType.DATE);

    private final String name;
    private final DataAttributeModel model;
    private final DataAttributeType dataType;
    private final List<String> options;
    private final String description;
    private final Boolean messengerWritable;

    private CreateDataAttributeRequest(String name, DataAttributeModel model, DataAttributeType dataType,
            List<String> options, String description, Boolean messengerWritable) {
        this.name = name;
        this.model = model;
        this.dataType = dataType;
        this.options = options;
        this.description = description;
        this.messengerWritable = messengerWritable;
    }

    /**
     * @param name the attribute's name
     * @param model {@link DataAttributeModel#CONTACT} or {@link DataAttributeModel#COMPANY}
     * @param dataType one of the create enum's types other than {@code options} (see {@link #list})
     * @return the request
     * @throws IllegalArgumentException if the name is blank, the model or the type cannot be created
     */
    public static CreateDataAttributeRequest of(String name, DataAttributeModel model, DataAttributeType dataType) {
        Objects.requireNonNull(dataType, "dataType");
        if (!CREATABLE.contains(dataType)) {
            throw new IllegalArgumentException("dataType must be one of " + CREATABLE.stream().map(DataAttributeType::value)
                    .toList() + (dataType.equals(DataAttributeType.OPTIONS) ? " (for options use list(...))" : "")
                    + ", was '" + dataType.value() + "'");
        }
        return new CreateDataAttributeRequest(Checks.notBlank(name, "name"), creatable(model), dataType, null, null, null);
    }

    /**
     * @param name the attribute's name
     * @param model {@link DataAttributeModel#CONTACT} or {@link DataAttributeModel#COMPANY}
     * @param options the list's values, at least {@value #MIN_OPTIONS}
     * @return a list attribute ({@code "data_type": "options"})
     * @throws IllegalArgumentException if the name is blank, the model cannot be created, or there are too few options
     *     or a blank one
     */
    public static CreateDataAttributeRequest list(String name, DataAttributeModel model, List<String> options) {
        return new CreateDataAttributeRequest(Checks.notBlank(name, "name"), creatable(model), DataAttributeType.OPTIONS,
                checkOptions(options), null, null);
    }

    static List<String> checkOptions(List<String> options) {
        Objects.requireNonNull(options, "options");
        if (options.size() < MIN_OPTIONS) {
            throw new IllegalArgumentException("options needs at least " + MIN_OPTIONS + " values, was " + options.size());
        }
        options.forEach(o -> Checks.notBlank(o, "options entry"));
        return List.copyOf(options);
    }

    private static DataAttributeModel creatable(DataAttributeModel model) {
        Objects.requireNonNull(model, "model");
        if (!model.equals(DataAttributeModel.CONTACT) && !model.equals(DataAttributeModel.COMPANY)) {
            throw new IllegalArgumentException("model must be contact or company, was '" + model.value() + "'");
        }
        return model;
    }

    /**
     * @param text the description shown in Intercom's UI
     * @return a copy with it
     * @throws IllegalArgumentException if it is blank
     */
    public CreateDataAttributeRequest description(String text) {
        return new CreateDataAttributeRequest(name, model, dataType, options, Checks.notBlank(text, "description"),
                messengerWritable);
    }

    /**
     * @param writable whether the Messenger may update the attribute
     * @return a copy with it
     */
    public CreateDataAttributeRequest messengerWritable(boolean writable) {
        return new CreateDataAttributeRequest(name, model, dataType, options, description, writable);
    }

    /** @return the request body as JSON maps, lists and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("model", model.value());
        json.put("data_type", dataType.value());
        if (description != null) {
            json.put("description", description);
        }
        if (messengerWritable != null) {
            json.put("messenger_writable", messengerWritable);
        }
        if (options != null) {
            json.put("options", options.stream().map(o -> Map.of("value", o)).toList());
        }
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "CreateDataAttributeRequest{" + model.value() + " " + name + ": " + dataType.value() + "}";
    }
}
