package io.github.cscbriefs.examples;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cscbriefs.metrics.Baseline;
import io.github.cscbriefs.metrics.CouncilProfile;
import io.github.cscbriefs.metrics.Evidence;
import io.github.cscbriefs.metrics.Target;
import io.github.cscbriefs.model.Measure;
import io.github.cscbriefs.model.Value;
import java.util.List;
import java.util.Locale;

/**
 * A {@link CouncilProfile} (or any of its parts) as JSON, through Jackson. The profile is records,
 * enums, lists and {@code Optional}s, so Jackson writes it as it is once it is told:
 *
 * <ul>
 *   <li>{@code Optional}s, {@code OptionalInt}s and {@code OptionalDouble}s are their value or
 *       {@code null} (Jackson's {@code Jdk8Module}); dates are ISO text such as {@code 2022-03-31}
 *       ({@code JavaTimeModule});
 *   <li>a {@link Value} is its number, or {@code null} with the reason's code in a sibling field
 *       named {@code <name>Missing} ({@code not_available}, {@code not_applicable}, {@code
 *       suppressed}, {@code low}, {@code low_reliability}, {@code not_published}, {@code blank},
 *       {@code not_computable}) — the same codes as {@code csc-briefs metrics --format json};
 *   <li>findings of several kinds ({@link Evidence}, {@link Baseline}, {@link Target}) name their
 *       kind in a field {@code type}, e.g. {@code "type" : "AgainstEngland"};
 *   <li>a {@link Measure} is its id (the DfE column name); enums are their constant names.
 * </ul>
 *
 * The metrics and model modules do not depend on Jackson: everything above is set up here, with
 * Jackson's mix-ins and a serializer modifier, not with annotations on their types.
 *
 * <pre>{@code
 * String json = ProfileJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(profile);
 * }</pre>
 *
 * The JSON is for reading (exports, dashboards); it is not read back into a profile.
 */
public final class ProfileJson {

  /** The suffix of the field that holds a missing value's reason. */
  public static final String MISSING_SUFFIX = "Missing";

  private ProfileJson() {}

  /** A new mapper set up for profiles; configure it further as you like. */
  public static ObjectMapper mapper() {
    SimpleModule profiles = new SimpleModule("csc-briefs-profile");
    profiles.addSerializer(Measure.class, ToStringSerializer.instance);
    profiles.setSerializerModifier(new MissingValues());
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(profiles)
        .addMixIn(Evidence.class, Typed.class)
        .addMixIn(Baseline.class, Typed.class)
        .addMixIn(Target.class, Typed.class)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // A kind with no facts of its own (Target.GoodAtNextInspection) is just its type.
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /** The profile as indented JSON. */
  public static String write(CouncilProfile profile) {
    try {
      return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(profile);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a profile could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The reason's code as exports write it, e.g. {@code not_published}. */
  public static String code(Value.Missing missing) {
    return missing.reason().name().toLowerCase(Locale.ROOT);
  }

  /** The sealed kinds' type ids: the record's simple name. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private interface Typed {
  }

  /** Writes every {@link Value} property as a number or {@code null} and, when missing, its reason. */
  private static final class MissingValues extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
        List<BeanPropertyWriter> properties) {
      return properties.stream()
          .map(p -> Value.class.isAssignableFrom(p.getType().getRawClass()) ? new ValueWriter(p) : p)
          .toList();
    }
  }

  private static final class ValueWriter extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    ValueWriter(BeanPropertyWriter base) {
      super(base);
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
      Object value = get(bean);
      if (value instanceof Value.Present present) {
        gen.writeNumberField(getName(), present.number());
      } else if (value instanceof Value.Missing missing) {
        gen.writeNullField(getName());
        gen.writeStringField(getName() + MISSING_SUFFIX, code(missing));
      } else {
        gen.writeNullField(getName());
      }
    }
  }
}
