// Decodes every case (a documented example) with the generated Java models and the ObjectMapper
// the generated client uses (ApiClient.createDefaultObjectMapper()), set up as README.md ("Other
// languages") tells Java users to: no coercion of scalars, so that an id that is an integer or
// a string (a oneOf) is read as the one it is, and a number never becomes a String silently.
// Usage: java Decode cases.json results.json (tests/xlang/xlang.py writes the cases and compares).
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.matrixport.client.ApiClient;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class Decode {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Decode cases.json results.json");
      System.exit(2);
    }
    ObjectMapper plain = new ObjectMapper();
    List<Map<String, String>> cases =
        plain.readValue(new File(args[0]), new TypeReference<List<Map<String, String>>>() {});
    ObjectMapper client = ApiClient.createDefaultObjectMapper();
    client.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    List<Map<String, String>> results = new ArrayList<>();
    for (Map<String, String> c : cases) {
      Map<String, String> result = new LinkedHashMap<>();
      result.put("id", c.get("id"));
      Class<?> type = Registry.TYPES.get(c.get("type"));
      try {
        Object value = client.readValue(c.get("json"), type);
        result.put("json", client.writeValueAsString(value));
      } catch (Exception error) {
        result.put("error", c.get("type") + ": " + error.getMessage());
      }
      results.add(result);
    }
    plain.writerWithDefaultPrettyPrinter().writeValue(new File(args[1]), results);
  }
}
