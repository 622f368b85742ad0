package io.github.reviewagent.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  // Secrets are assembled at run time so that this file itself holds no token a scanner would flag.
  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "aws-access-key | String id = \"AKIA@\"; | AKIA | ABCDEFGHIJKLMNOP",
        "gcp-api-key    | url += \"?key=AIza@\"; | AIza | Sy0123456789abcdefghijklmnopqrstu_v",
        "github-token   | var t = \"ghp_@\"; | ghp_ | 0123456789abcdefghijABCDEFGHIJklmnopqr",
        "github-token   | var t = \"github_pat_@\"; | github_pat_ | 11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
        "slack-token    | slack(\"xoxb-@\"); | xoxb- | 123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "openai-key     | client.key(\"sk-proj-@\"); | sk-proj- | abc123DEF456ghi789JKL012mno345",
        "anthropic-key  | ANTHROPIC_API_KEY=sk-ant-@ | sk-ant- | api03-abcDEF123_ghiJKL456-mnoPQR789stuVWX012yzaBCD",
        "azure-key      | conn = \"AccountName=x;AccountKey=@;\"; | '' | abcdefghijABCDEFGHIJ0123456789abcdefghij+/==",
        "gitlab-token   | var t = \"glpat-@\"; | glpat- | xYz12AbCdEfGhIjKlMnO",
        "gitlab-token   | GITLAB_TOKEN=glpat-@ | glpat- | xYz12AbCdEfGhIjKlMnOpQrStUvWxYz01234567.01.0w1x2y3z4",
        "gitlab-token   | runner(\"glrt-@\"); | glrt- | t1_AbCdEfGhIjKlMnOpQrSt",
        "stripe-key     | stripe(\"sk_live_@\"); | sk_live_ | 4eC39HqLyjWDarjtT1zdp7dc",
        "stripe-key     | var k = \"rk_live_@\"; | rk_live_ | 51H8abcdEFGHijklMNOPqrst",
        "stripe-key     | var k = \"sk_test_@\"; | sk_test_ | 4eC39HqLyjWDarjtT1zdp7dc",
        "stripe-key     | verify(body, \"whsec_@\"); | whsec_ | 4eC39HqLyjWDarjtT1zdp7dcABCD",
        "slack-token    | slack(\"xapp-@\"); | xapp- | 1-A0123456789-1234567890123-abcdef0123456789abcdef",
        "slack-webhook  | post(\"https://hooks.slack.com/triggers/@\"); | '' | T00000000/1234567890/abcdef0123456789abcdef",
      })
  void recognisesPublishedTokenFormats(String kind, String template, String prefix, String rest) {
    String secret = prefix + rest;
    String redacted = Redactor.redact(template.replace("@", rest));

    assertThat(redacted).doesNotContain(secret).doesNotContain(rest).contains("<redacted:" + kind + ">");
  }

  @Test
  void anAwsSecretKeyNextToItsKeyIdIsRedactedWhateverItsName() {
    String id = "AKIA" + "ZZZZ5555ZZZZ6666";
    String secret = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYzzzzzzzKEY";
    String sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    String text =
        "new BasicAWSCredentials(\"" + id + "\", \"" + secret + "\");\n"
            + "AwsBasicCredentials.create(\n    \"" + id + "\",\n    \"" + secret + "\");\n"
            + "upload(\"" + id + "\", \"" + sha1 + "\");\n";

    assertThat(Redactor.redact(text))
        .isEqualTo(
            "new BasicAWSCredentials(\"<redacted:aws-access-key>\", \"<redacted:aws-secret-key>\");\n"
                + "AwsBasicCredentials.create(\n    \"<redacted:aws-access-key>\",\n    \"<redacted:aws-secret-key>\");\n"
                + "upload(\"<redacted:aws-access-key>\", \"" + sha1 + "\");\n");
  }

  @Test
  void jwtIsRedacted() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertThat(Redactor.redact("auth(\"" + jwt + "\");")).isEqualTo("auth(\"<redacted:jwt>\");");
  }

  @Test
  void privateKeyBlockIsRedactedLineByLineKeepingTheLineCount() {
    String text =
        "class Keys {\n"
            + "  static final String KEY = \"-----BEGIN RSA PRIVATE KEY-----\\n\" +\n"
            + "      \"MIIEowIBAAKCAQEA" + repeat("x", 40) + "\\n\" +\n"
            + "      \"-----END RSA PRIVATE KEY-----\";\n"
            + "  int after = 1;\n"
            + "}\n";
    String redacted = Redactor.redact(text);

    assertThat(redacted.lines().count()).isEqualTo(text.lines().count());
    assertThat(redacted).doesNotContain("MIIEowIBAAKCAQEA").contains("<redacted:private-key>");
    assertThat(redacted.lines().toList().get(4)).isEqualTo("  int after = 1;");
  }

  @Test
  void privateKeyBlockKeepsTheLineCountWithEveryKindOfLineBreak() {
    for (String eol : List.of("\r\n", "\r")) {
      String text =
          "class Keys {" + eol
              + "  static final String KEY = \"\"\"" + eol
              + "      -----BEGIN PRIVATE KEY-----" + eol
              + "      MIIEowIBAAKCAQEA" + repeat("x", 40) + eol
              + "      -----END PRIVATE KEY-----\"\"\";" + eol
              + "  int after = 1;" + eol
              + "}" + eol;
      String redacted = Redactor.redact(text);

      assertThat(redacted.lines().toList()).as("line breaks %s", eol.replace("\r", "CR").replace("\n", "LF"))
          .hasSize((int) text.lines().count())
          .element(5).isEqualTo("  int after = 1;");
      assertThat(redacted).doesNotContain("MIIEowIBAAKCAQEA");
    }
  }

  @Test
  void privateKeyBlockSplitIntoConcatenatedLiteralsIsRedacted() {
    String text =
        "class Keys {\n"
            + "  static final String KEY = \"-----BEGIN \" + \"PRIVATE KEY-----\\n\"\n"
            + "      + \"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n\"\n"
            + "      + \"-----END \" + \"PRIVATE\" +\n"
            + "      \" KEY-----\";\n"
            + "  int after = 1;\n"
            + "}\n";
    String redacted = Redactor.redact(text);

    assertThat(redacted.lines().toList()).hasSize((int) text.lines().count()).element(5).isEqualTo("  int after = 1;");
    assertThat(redacted).doesNotContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7").contains("<redacted:private-key>");
    // inside JSON, where the quotes are escaped
    String json = "{\"code\":\"String k = \\\"-----BEGIN EC \\\" + \\\"PRIVATE KEY-----\\\\nMHcCAQEEIIrYSSNQ\\\\n"
        + "-----END EC PRIVATE KEY-----\\\";\"}";
    assertThat(Redactor.redact(json)).isEqualTo("{\"code\":\"String k = \\\"<redacted:private-key>\\\";\"}");
  }

  @Test
  void aPrivateKeyInBase64WithoutPemLinesIsRedactedAndPublicKeysAndCertificatesAreKept() {
    String pkcs8 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7" + repeat("Ab9+", 20);
    String pkcs1 = "MIIEowIBAAKCAQEAxyz" + repeat("Ab9/", 20) + "==";
    String ec = "MHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49";
    String publicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + repeat("Ab9+", 20);
    String certificate = "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYD" + repeat("Ab9+", 20);
    String text =
        "new PKCS8EncodedKeySpec(Base64.getDecoder().decode(\"" + pkcs8 + "\"));\n"
            + "rsa(\"" + pkcs1 + "\");\n"
            + "ec(\"" + ec + "\");\n"
            + "new X509EncodedKeySpec(decode(\"" + publicKey + "\"));\n"
            + "certificate(\"" + certificate + "\");\n";

    assertThat(Redactor.redact(text))
        .isEqualTo(
            "new PKCS8EncodedKeySpec(Base64.getDecoder().decode(\"<redacted:private-key>\"));\n"
                + "rsa(\"<redacted:private-key>\");\n"
                + "ec(\"<redacted:private-key>\");\n"
                + "new X509EncodedKeySpec(decode(\"" + publicKey + "\"));\n"
                + "certificate(\"" + certificate + "\");\n");
  }

  @Test
  void passwordsAndSecretsInStringLiteralsAreRedactedByTheirName() {
    String text =
        "String dbPassword = \"hunter2!\";\n"
            + "props.put(\"client_secret\", \"s3cr3t-value\");\n"
            + "config.setApiKey(\"live-123456\");\n"
            + "Map.of(\"password\": \"abc123\");\n";
    String redacted = Redactor.redact(text);

    assertThat(redacted).doesNotContain("hunter2!", "s3cr3t-value", "live-123456", "abc123");
    assertThat(redacted.lines()).allSatisfy(l -> assertThat(l).contains("\"<redacted:secret>\""));
  }

  @Test
  void propertiesStyleSecretLinesAreRedacted() {
    assertThat(Redactor.redact("db.password = hunter22\nname = demo\n")).isEqualTo("db.password = <redacted:secret>\nname = demo\n");
  }

  @Test
  void ordinaryCodeIsLeftAlone() {
    String code =
        "if (password == null || password.isEmpty()) {\n"
            + "  throw new IllegalArgumentException(\"Enter your password\");\n"
            + "}\n"
            + "String token = tokenizer.next();\n"
            + "log.info(\"secret rotation finished in {} ms\", elapsed);\n"
            + "String task = \"sk-short\";\n"
            + "password = readPassword();\n";
    assertThat(Redactor.redact(code)).isEqualTo(code);
  }

  @Test
  void anAlreadyRedactedValueKeepsItsKind() {
    String key = "sk-" + "abcdefghij0123456789KLMNOP";
    assertThat(Redactor.redact("String apiKey = \"" + key + "\";")).isEqualTo("String apiKey = \"<redacted:openai-key>\";");
  }

  // --- the three gaps the review found ---

  @ParameterizedTest(name = "gutter {0}")
  @ValueSource(strings = {"  12| ", "    12*| ", "     7 | ", "12|"})
  void aLineNumberGutterDoesNotHideAPropertiesSecret(String gutter) {
    String text = gutter + "db.password=hunter22xyz\n" + gutter + "server.port=8080\n";

    assertThat(Redactor.redact(text))
        .isEqualTo(gutter + "db.password=<redacted:secret>\n" + gutter + "server.port=8080\n");
  }

  @Test
  void codeShownWithLineNumbersIsRedactedLikeTheCodeItself() {
    String numbered =
        """
             1| spring.datasource.password = hunter22xyz
             2*|   String password = "hunter22";
             3| api.token: t0k3n-abcdef
        """;
    assertThat(Redactor.redact(numbered))
        .isEqualTo(
            """
                 1| spring.datasource.password = <redacted:secret>
                 2*|   String password = "<redacted:secret>";
                 3| api.token: <redacted:secret>
            """);
  }

  @Test
  void escapedQuotesOfCodeInsideJsonDoNotHideTheLiteral() {
    assertThat(Redactor.redact("{\"text\":\"String password = \\\"hunter22\\\";\"}"))
        .isEqualTo("{\"text\":\"String password = \\\"<redacted:secret>\\\";\"}");
    // JSON inside a JSON string, and JSON's own keys
    assertThat(Redactor.redact("{\"body\":\"{\\\\\\\"password\\\\\\\":\\\\\\\"hunter22\\\\\\\"}\"}"))
        .isEqualTo("{\"body\":\"{\\\\\\\"password\\\\\\\":\\\\\\\"<redacted:secret>\\\\\\\"}\"}");
    assertThat(Redactor.redact("{\"password\":\"hunter22\",\"user\":\"bob\"}"))
        .isEqualTo("{\"password\":\"<redacted:secret>\",\"user\":\"bob\"}");
  }

  @Test
  void escapedLineBreaksInJsonEndABareValue() {
    String output = "{\"content\":\"  1| db.password=hunter22xyz\\n  2| name=demo\\n\"}";

    assertThat(Redactor.redact(output)).isEqualTo("{\"content\":\"  1| db.password=<redacted:secret>\\n  2| name=demo\\n\"}");
  }

  @Test
  void anEscapedQuoteInsideTheLiteralStaysPartOfIt() {
    assertThat(Redactor.redact("String password = \"hun\\\"ter22\"; String user = \"bob\";"))
        .isEqualTo("String password = \"<redacted:secret>\"; String user = \"bob\";");
    assertThat(Redactor.redact("{\"t\":\"password = \\\"a\\\\\\\\b12345\\\"; user = \\\"bob\\\"\"}"))
        .isEqualTo("{\"t\":\"password = \\\"<redacted:secret>\\\"; user = \\\"bob\\\"\"}");
  }

  @Test
  void xmlElementsAndAttributesAreRedacted() {
    String xml =
        """
        <server>
          <id>central</id>
          <username>deployer</username>
          <password>{COQLCE6DU6GtcS5P=}</password>
          <passphrase>hunter22xyz</passphrase>
          <privateKey>${user.home}/.ssh/id_rsa</privateKey>
        </server>
        <properties><db.password>s3cr3t-value</db.password></properties>
        <datasource url="jdbc:h2:mem:x" password="hunter22xyz" user="sa"/>
        <entry key="api.token">t0k3n-abcdef</entry>
        <property name="password" value="hunter22xyz"/>
        <add key="ClientSecret" value='s3cr3t-value' />
        """;
    assertThat(Redactor.redact(xml))
        .isEqualTo(
            """
            <server>
              <id>central</id>
              <username>deployer</username>
              <password><redacted:secret></password>
              <passphrase><redacted:secret></passphrase>
              <privateKey>${user.home}/.ssh/id_rsa</privateKey>
            </server>
            <properties><db.password><redacted:secret></db.password></properties>
            <datasource url="jdbc:h2:mem:x" password="<redacted:secret>" user="sa"/>
            <entry key="api.token"><redacted:secret></entry>
            <property name="password" value="<redacted:secret>"/>
            <add key="ClientSecret" value='<redacted:secret>' />
            """);
  }

  @Test
  void aDefaultInsideAPropertyReferenceIsRedactedAndTheReferenceKept() {
    assertThat(Redactor.redact("password: ${DB_PASSWORD:defaultPw1}")).isEqualTo("password: ${DB_PASSWORD:<redacted:secret>}");
    assertThat(Redactor.redact("@Value(\"${jwt.secret:k-1234abcdef}\")")).isEqualTo("@Value(\"${jwt.secret:<redacted:secret>}\")");
  }

  @Test
  void xmlInsideJsonIsRedacted() {
    assertThat(Redactor.redact("{\"settings\":\"<password>hunter22xyz<\\/password>\"}"))
        .isEqualTo("{\"settings\":\"<password><redacted:secret><\\/password>\"}");
  }

  // --- formats ---

  @Test
  void yamlValuesAreRedactedWithOrWithoutQuotes() {
    String yaml =
        """
        spring:
          datasource:
            password: hunter22
            url: jdbc:postgresql://db/app
        client-secret: 's3cr3t-value'   # rotated monthly
        api_key: "k-1234abcdef"
        - token: t0k3n-abcdef
        """;
    assertThat(Redactor.redact(yaml))
        .isEqualTo(
            """
            spring:
              datasource:
                password: <redacted:secret>
                url: jdbc:postgresql://db/app
            client-secret: '<redacted:secret>'   # rotated monthly
            api_key: "<redacted:secret>"
            - token: <redacted:secret>
            """);
  }

  @Test
  void envFilesAndCommandLinesAreRedacted() {
    String env =
        """
        API_KEY=abc123xyz
        export DB_PASS=hunter22
        STRIPE_SECRET_KEY="rk_live_51abcdef"
        mysql -u root --password=hunter22 db
        keytool -keystore ks.p12 -storepass hunter22 -keypass=hunter22
        dbpassword=hunter22
        java -Dspring.datasource.password=hunter22 -jar app.jar
        curl "https://api.example.com/v1?access_token=abc123def456&page=2"
        LOG_LEVEL=debug
        """;
    assertThat(Redactor.redact(env))
        .isEqualTo(
            """
            API_KEY=<redacted:secret>
            export DB_PASS=<redacted:secret>
            STRIPE_SECRET_KEY="<redacted:secret>"
            mysql -u root --password=<redacted:secret> db
            keytool -keystore ks.p12 -storepass hunter22 -keypass=<redacted:secret>
            dbpassword=<redacted:secret>
            java -Dspring.datasource.password=<redacted:secret> -jar app.jar
            curl "https://api.example.com/v1?access_token=<redacted:secret>&page=2"
            LOG_LEVEL=debug
            """);
  }

  @Test
  void javaAndKotlinConstantsAreRedacted() {
    String code =
        """
        private static final String API_TOKEN = "tok-8f3a9c2e";
        public static final String CLIENT_SECRET = "s3cr3t-value";
        const val API_KEY = "k-1234abcdef"
        val dbPassword: String = "hunter22"
        char[] pwd = "hunter22".toCharArray();
        builder.password("hunter22").apiKey("k-1234abcdef").withToken('t0k3n-abcdef');
        String pw = "S3cr3tPw";
        static final String ADMIN_PW = "S3cr3tPw";
        if (password.equals("admin123!")) {
        """;
    assertThat(Redactor.redact(code))
        .isEqualTo(
            """
            private static final String API_TOKEN = "<redacted:secret>";
            public static final String CLIENT_SECRET = "<redacted:secret>";
            const val API_KEY = "<redacted:secret>"
            val dbPassword: String = "<redacted:secret>"
            char[] pwd = "<redacted:secret>".toCharArray();
            builder.password("<redacted:secret>").apiKey("<redacted:secret>").withToken('<redacted:secret>');
            String pw = "<redacted:secret>";
            static final String ADMIN_PW = "<redacted:secret>";
            if (password.equals("<redacted:secret>")) {
            """);
  }

  @Test
  void aLiteralWrappedOntoTheNextLineOrInATextBlockIsRedacted() {
    String code =
        """
        String password =
            "S3cr3tPw1";
        props.put("client_secret",
            "s3cr3t-value");
        ds.setPassword(
            "S3cure!Pass");
        String apiKey = \"""
            k-1234abcdef\""";
        String token = \"""
            t0k3n-abcdef
            \""";
        String password =
            readPassword();
        String hint = \"""
            Enter your password
            \""";
        """;
    assertThat(Redactor.redact(code))
        .isEqualTo(
            """
            String password =
                "<redacted:secret>";
            props.put("client_secret",
                "<redacted:secret>");
            ds.setPassword(
                "<redacted:secret>");
            String apiKey = \"""
                <redacted:secret>\""";
            String token = \"""
                <redacted:secret>
                \""";
            String password =
                readPassword();
            String hint = \"""
                Enter your password
                \""";
            """);
  }

  @Test
  void aPasswordPassedWhereTheApiSaysItIsOneIsRedactedWithoutAName() {
    String code =
        """
        keyStore.load(in, "S3cr3tPw".toCharArray());
        kmf.init(keyStore, "S3cr3tPw".toCharArray());
        Connection c = DriverManager.getConnection(url, "admin", "S3cr3tPw");
        auth(new UsernamePasswordAuthenticationToken("admin", "S3cr3tPw1"));
        new PasswordAuthentication("admin", "S3cr3tPw".toCharArray());
        static final char[] HEX = "0123456789abcdef".toCharArray();
        DriverManager.getConnection(url, user, pass);
        assertThrows(BadPasswordException.class, () -> check("a", "Wrong password"));
        """;
    assertThat(Redactor.redact(code))
        .isEqualTo(
            """
            keyStore.load(in, "<redacted:secret>".toCharArray());
            kmf.init(keyStore, "<redacted:secret>".toCharArray());
            Connection c = DriverManager.getConnection(url, "admin", "<redacted:secret>");
            auth(new UsernamePasswordAuthenticationToken("admin", "<redacted:secret>"));
            new PasswordAuthentication("admin", "<redacted:secret>".toCharArray());
            static final char[] HEX = "0123456789abcdef".toCharArray();
            DriverManager.getConnection(url, user, pass);
            assertThrows(BadPasswordException.class, () -> check("a", "Wrong password"));
            """);
  }

  @Test
  void aMapOrPythonOrPhpEntryIsRedacted() {
    assertThat(Redactor.redact("connect(host='db', password='hunter22')")).isEqualTo("connect(host='db', password='<redacted:secret>')");
    assertThat(Redactor.redact("'password' => 'hunter22',")).isEqualTo("'password' => '<redacted:secret>',");
    assertThat(Redactor.redact("{ apiKey: \"k-1234abcdef\" }")).isEqualTo("{ apiKey: \"<redacted:secret>\" }");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://user:pass@host/db | jdbc:postgresql://user:<redacted:url-password>@host/db",
        "https://user:pass@host/path | https://user:<redacted:url-password>@host/path",
        "mongodb+srv://app:s3cr3t!@cluster0.example.net/?retryWrites=true | mongodb+srv://app:<redacted:url-password>@cluster0.example.net/?retryWrites=true",
        "redis://:hunter22@localhost:6379/0 | redis://:<redacted:url-password>@localhost:6379/0",
        "url = \"amqp://guest:gu3st@rabbit\"; | url = \"amqp://guest:<redacted:url-password>@rabbit\";",
      })
  void credentialsInConnectionStringsAreRedacted(String text, String expected) {
    assertThat(Redactor.redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://${DB_USER}:${DB_PASSWORD}@host/db",
        "https://host:8443/path?user=a@b.example",
        "git@github.com:org/repo.git",
        "ssh://git@github.com:22/org/repo.git",
        "https://user:****@host",
        "String url = \"http://\" + user + \":\" + pass + \"@\" + host;",
      })
  void urlsWithoutAPasswordAreLeftAlone(String text) {
    assertThat(Redactor.redact(text)).isEqualTo(text);
  }

  @Test
  void authorizationHeadersKeepTheSchemeAndLoseTheCredential() {
    String text =
        """
        Authorization: Bearer abc123def456ghi789
        Proxy-Authorization: Basic dXNlcjpwYXNzd29yZA==
        curl -H "Authorization: Bearer abc123def456ghi789" https://api.example.com
        conn.setRequestProperty("Authorization", "Basic dXNlcjpwYXNzd29yZA==");
        {\\"authorization\\": \\"Token abc123def456ghi789\\"}
        """;
    assertThat(Redactor.redact(text))
        .isEqualTo(
            """
            Authorization: Bearer <redacted:secret>
            Proxy-Authorization: Basic <redacted:secret>
            curl -H "Authorization: Bearer <redacted:secret>" https://api.example.com
            conn.setRequestProperty("Authorization", "Basic <redacted:secret>");
            {\\"authorization\\": \\"Token <redacted:secret>\\"}
            """);
  }

  @Test
  void aBearerOrBasicCredentialIsRedactedWhenTheHeaderNameIsAConstant() {
    String text =
        """
        .header(HttpHeaders.AUTHORIZATION, "Bearer abcDEF123456ghiJKL")
        request.setHeader(AUTHORIZATION, "Basic dXNlcjpwYXNzd29yZA==");
        static final String AUTH = "Bearer abcDEF123456ghiJKL";
        log.info("Basic authentication enabled for realm {}", realm);
        String h = "Bearer " + token;
        // Bearer tokens expire after an hour
        """;
    assertThat(Redactor.redact(text))
        .isEqualTo(
            """
            .header(HttpHeaders.AUTHORIZATION, "Bearer <redacted:secret>")
            request.setHeader(AUTHORIZATION, "Basic <redacted:secret>");
            static final String AUTH = "Bearer <redacted:secret>";
            log.info("Basic authentication enabled for realm {}", realm);
            String h = "Bearer " + token;
            // Bearer tokens expire after an hour
            """);
  }

  @Test
  void openAiKeysAreRedactedByTheirShapeWhateverTheirName() {
    String legacy = "sk-" + "AbCdEfGhIjKlMnOpQrSt1234567890uvwxyzABCDEFGHIJ";
    String project = "sk-proj-" + "Ab12Cd34Ef56Gh78Ij90_Kl-MnOpQrStUvWxYz0123456789";
    String text = "OPENAI_API_KEY=" + legacy + "\nclient = OpenAI(key=\"" + project + "\")\nmodel(\"" + project + "\")\n";

    assertThat(Redactor.redact(text))
        .isEqualTo("OPENAI_API_KEY=<redacted:openai-key>\nclient = OpenAI(key=\"<redacted:openai-key>\")\n"
            + "model(\"<redacted:openai-key>\")\n");
  }

  @Test
  void redactingTwiceChangesNothingMoreAndKeepsTheLines() {
    String text =
        "  1| db.password=hunter22xyz\r\n"
            + "  2| <password>{COQLCE6DU6GtcS5P=}</password>\r\n"
            + "  3| {\"t\":\"String apiKey = \\\"k-1234abcdef\\\";\"}\r\n"
            + "  4| url: jdbc:mysql://app:s3cr3t@db/x\r\n"
            + "  5| key: " + "AKIA" + "ABCDEFGHIJKLMNOP\r\n";
    String once = Redactor.redact(text);

    assertThat(once).doesNotContain("hunter22xyz", "COQLCE6", "k-1234abcdef", "s3cr3t", "AKIA");
    assertThat(once.split("\r\n", -1)).hasSameSizeAs(text.split("\r\n", -1));
    assertThat(Redactor.redact(once)).isEqualTo(once);
  }

  // --- what is not a secret ---

  @Test
  void namesLabelsAndReferencesAreNotSecrets() {
    String code =
        """
        String passwordField = "password";
        String token = getToken();
        Object value = key = map.get(k);
        if (password == null || password != other) {
        static final String TOKEN_HEADER = "Authorization";
        static final String PASSWORD_KEY = "app.password";
        static final String PASSWORD_PATTERN = "^(?=.*\\\\d)(?=.*[a-z]).{8,}$";
        static final String TOKEN_URL = "https://auth.example.com/oauth2/token";
        private static final int TOKEN_TTL_SECONDS = 3600;
        token.validity-seconds=86400
        token = _pushbackToken;
        this.password = password;
        for (Token token : tokens) {
        String[] parts = StringUtils.splitPreserveAllTokens("a\\tb\\nc", null);
        String secret = vault.getSecret("prod/db-1");
        String hash = passwordEncoder.encode(rawPassword);
        log.info("Token: " + token + " for user " + user);
        String json = "{\\"password\\": \\"" + pw + "\\"}";
        String url = "password=" + pw + "&user=" + user;
        throw new IllegalArgumentException("Enter your password", cause);
        <input type="password" name="pwd">
        private PrivateKey privateKey;
        private static final String SECRET_KEY_SPEC = "AES/ECB/PKCS5Padding";
        static final String TOKEN_CIPHER = "AES/GCM/NoPadding";
        static final String PRIVATE_KEY_TRANSFORMATION = "RSA/ECB/PKCS1Padding";
        static final String TOKEN_CHARSET = "ISO-8859-1";
        String pwr = "level-12";
        static final int PW_MIN_LENGTH = 12;
        String pwHash = encoder.encode(pw);
        String kpw = "north-12";
        String upWard = "north-12";
        String compass = "north-12";
        String bypass = "route-66a";
        """;
    assertThat(Redactor.redact(code)).isEqualTo(code);
  }

  @Test
  void translatedLabelsInAnyAlphabetAreNotSecrets() {
    String messages =
        """
        label.password=Contraseña
        login.password=Пароль
        form.password=密码
        user.password=Hasło
        field.token = Jeton d’accès
        """;
    assertThat(Redactor.redact(messages)).isEqualTo(messages);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "password=changeme",
        "password: \"changeit\"",
        "keyStorePassword=changeit1",
        "password = \"short\";",
        "password: ${DB_PASSWORD}",
        "<password>${env.DEPLOY_PW}</password>",
        "password=@db.password@",
        "password: '{{ vault_db_password }}'",
        "DB_PASSWORD=$DB_PASSWORD_FROM_CI",
        "set PASSWORD=%PASSWORD%",
        "apiKey: <your-api-key>",
        "password: your_password_here",
        "API_KEY=YOUR-API-KEY-123",
        "password=********",
        "api_key = \"xxxxxxxxxxxx\"",
        "token: example-token-123",
        "secret: dummy-value-1",
        "client_secret: /run/secrets/client_secret",
        "private_key: ./keys/private.pem",
        "password: null",
        "token: Bearer",
        "password: \"\"",
      })
  void placeholdersTemplatesAndShortValuesAreKept(String text) {
    assertThat(Redactor.redact(text)).isEqualTo(text);
  }
}
