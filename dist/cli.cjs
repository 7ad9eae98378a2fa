const __sgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// <define:SEALGATE_EMBEDDED_RULES>
var define_SEALGATE_EMBEDDED_RULES_default;
var init_define_SEALGATE_EMBEDDED_RULES = __esm({
  "<define:SEALGATE_EMBEDDED_RULES>"() {
    define_SEALGATE_EMBEDDED_RULES_default = [{ file: "rules/authorization-header.yaml", spec: { id: "authorization-header", credential: "Credentials in an Authorization header", description: "A literal Basic (base64 user:password) or Bearer credential in an HTTP Authorization header, in scripts, code and config", severity: "error", message: "Credentials in an Authorization header", keywords: ["authorization"], pattern: `Authorization["']?[ \\t]{0,4}[:=,][ \\t]{0,4}["']?(?<scheme>Basic|Bearer|Token)[ \\t]{1,4}([A-Za-z0-9._~+/-]{12,}={0,2})(?![A-Za-z0-9._~+/=-])`, flags: "i", secretGroup: 2, validate: "authorization-credential", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)"] } } }, { file: "rules/configmap-credential.yaml", spec: { id: "configmap-credential", description: "ConfigMap holding a credential (ConfigMaps are not secret; use a Secret)", severity: "error", message: "ConfigMap {{namespace}}/{{name}}: key {{key}} holds a credential", keywords: ["configmap"], check: "configmap", kinds: ["ConfigMap"] } }, { file: "rules/connection-string-password.yaml", spec: { id: "connection-string-password", credential: "Password in a connection string", description: "A literal password in an ADO.NET, ODBC or JDBC-style connection string (server, user and password in one string)", severity: "error", message: "Password in a connection string", keywords: ["password=", "pwd="], pattern: `;[ \\t]*(?:password|pwd)[ \\t]*=[ \\t]*([^;\\"'\\s{$%][^;\\"'\\s]{0,127})`, flags: "i", secretGroup: 1, validate: "literal-credential", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)"] } } }, { file: "rules/credential-setter-call.yaml", spec: { id: "credential-setter-call", credential: "Hard-coded credential", description: 'A literal passed to a setter named for a password, secret, token or API key (setPassword("\u2026"))', severity: "error", message: "Hard-coded credential", keywords: ["setpassword", "setsecret", "settoken", "setapikey", "setaccesskey", "setcredential", "setclientsecret"], pattern: `\\.(?<key>set(?:[A-Z][A-Za-z]{0,30})?(?:Password|Passwd|Secret|Token|ApiKey|AccessKey|Credentials?))\\([ \\t]*["']([^"'\\s]{4,200})["'][ \\t]*\\)`, secretGroup: 2, validate: "literal-credential", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)"] } } }, { file: "rules/curl-user-password.yaml", spec: { id: "curl-user-password", credential: "Password on a curl command line", description: "A literal user:password given with -u / --user (curl, in files that run curl)", severity: "error", message: "Password on a curl command line", keywords: ["curl"], pattern: `(?<![^ \\t])(?:-u|--user)(?:[ \\t]+|=)[\\"']?([^\\s\\"':$-][^\\s\\"':]{0,63}:[^\\s\\"']{1,128})`, secretGroup: 1, validate: "userinfo-password", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)"] } } }, { file: "rules/docker-config-auth.yaml", spec: { id: "docker-config-auth", description: "Docker config with registry credentials (auth is base64 of user:password)", severity: "error", message: "Docker config: {{key}} for registry {{registry}} holds a credential", keywords: ['"auths"', "auths:"], check: "docker-config" } }, { file: "rules/dotnet-appsettings-credential.yaml", spec: { id: "dotnet-appsettings-credential", credential: "Hard-coded credential", description: "A literal credential in a .NET appSettings entry whose key names a password, secret, token or key", severity: "error", message: "Hard-coded credential in appSettings", keywords: ["<add key="], pattern: `<add[ \\t]+key=["'](?<key>[A-Za-z0-9_.:-]{0,40}(?:password|passwd|secret|token|api[_-]?key|key)[A-Za-z0-9_.:-]{0,20})["'][ \\t]+value=["']([^"'\\s]{4,200})["']`, flags: "i", secretGroup: 2, validate: "literal-credential", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)"] } } }, { file: "rules/eso-deprecated-api.yaml", spec: { id: "eso-deprecated-api", description: "External Secrets object on external-secrets.io/v1beta1, which current ESO no longer serves", severity: "warning", message: "{{kind}} {{name}} uses external-secrets.io/v1beta1, no longer served by ESO (since v0.17): change apiVersion to external-secrets.io/v1", keywords: ["external-secrets.io/v1beta1"], check: "eso-deprecated", kinds: ["ExternalSecret", "ClusterExternalSecret", "SecretStore", "ClusterSecretStore", "PushSecret"] } }, { file: "rules/etcd-encryption-key.yaml", spec: { id: "etcd-encryption-key", description: "Kubernetes EncryptionConfiguration with etcd encryption key material (aescbc, aesgcm, secretbox)", severity: "error", message: "EncryptionConfiguration: {{provider}} key material decrypts every Secret in etcd", keywords: ["encryptionconfig"], check: "etcd-encryption", kinds: ["EncryptionConfiguration", "EncryptionConfig"] } }, { file: "rules/externalsecret-template-literal.yaml", spec: { id: "externalsecret-template-literal", description: "ExternalSecret or PushSecret template with a literal credential", severity: "error", message: "{{kind}} {{name}}: template data {{key}} holds a literal credential", keywords: ["externalsecret", "pushsecret"], check: "externalsecret-template", kinds: ["ExternalSecret", "PushSecret"] } }, { file: "rules/generic-secret-assignment.yaml", spec: { id: "generic-secret-assignment", credential: "Hard-coded credential", description: "A quoted literal assigned to a password, secret, token or API key name in code or config (assignments, keyword arguments, map entries, properties, XML attributes)", severity: "error", message: "Hard-coded credential", keywords: ["password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key", "accesskey", "private_key"], pattern: `(?:password|passwd|pwd|secret|token|api_?key|apikey|api-key|access_?key|private_?key)(?:[_.-][A-Za-z0-9]{1,20}){0,2}[\\"']?[ \\t]{0,4}(?:=>?|:=|:|\\|\\||\\?\\?)[ \\t]{0,4}(?:[rbuf]|new String\\()?[\\"'\`]([^\\"'\`\\s]{4,200})[\\"'\`](?![ \\t]{0,4}\\+)`, flags: "i", secretGroup: 1, allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)$", "^\\$\\{", "^\\$\\(", "^\\{\\{", "^<.*>$", "^%\\(", "\\{\\w*\\}", "^\\*+$", "^x+$", "^[A-Z_]+$", "^/", "^\\$2[aby]\\$", "^[0-9]{1,8}$", "^(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Aa]pi_?[Kk]ey|API_?KEY|[Pp]wd|PWD)$"], stopwords: ["example", "changeme", "change-me", "placeholder", "dummy", "redacted", "replace", "your", "sample", "process.env", "os.environ", "getenv", "xxxxx", "****"], paths: ["**/package-lock.json", "**/yarn.lock", "**/pnpm-lock.yaml", "**/go.sum", "**/*.lock", "**/Cargo.lock"] } } }, { file: "rules/generic-unquoted-credential.yaml", spec: { id: "generic-unquoted-credential", credential: "Hard-coded credential", description: "An unquoted literal under a credential name in .env, properties, INI and conf files, Dockerfile ENV/ARG, docker-compose environment and Spring application files", severity: "error", message: "Hard-coded credential", keywords: ["password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key", "accesskey", "private_key"], pattern: `(?:password|passwd|pwd|secret|token|api_?key|apikey|api-key|access_?key|private_?key)(?:[_.-][A-Za-z0-9]{1,20}){0,2}[\\"']?(?:[ \\t]{0,4}[=:][ \\t]{0,4}|[ \\t]{1,4})([^\\s\\"'\`#;,{}()<>$%\\[\\]\\\\][^\\s\\"'\`]{3,199})[ \\t]*(?=$|#)`, flags: "im", secretGroup: 1, paths: ["**/.env", "**/.env.*", "**/*.env", "**/.envrc", "**/*.properties", "**/*.ini", "**/*.cfg", "**/*.conf", "**/Dockerfile", "**/Dockerfile.*", "**/*.dockerfile", "**/*compose*.yml", "**/*compose*.yaml", "**/application*.yml", "**/application*.yaml", "**/bootstrap*.yml", "**/*.sh", "**/*.bash"], allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)$", "^\\*+$", "^x+$", "^[A-Z_]+$", "^/", "^(?:true|false|yes|no|none|null|nil|required|optional)$", "^[0-9]{1,8}$", "^(?:[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Ss]ecret|SECRET|[Tt]oken|TOKEN)$"], stopwords: ["example", "changeme", "change-me", "placeholder", "dummy", "redacted", "replace", "your", "sample", "xxxxx", "****"] } } }, { file: "rules/helm-values-credential.yaml", spec: { id: "helm-values-credential", description: "Helm values file with a literal credential (pass it at install time or use existingSecret)", severity: "error", message: "Helm values: {{key}} holds a literal credential; use existingSecret or an external secret", keywords: ["pass", "secret", "token", "key", "credential", "auth"], check: "helm-values", paths: ["**/values*.yaml", "**/values*.yml", "values*.yaml", "values*.yml"] } }, { file: "rules/k8s-secret-plaintext.yaml", spec: { id: "k8s-secret-plaintext", description: "Kubernetes Secret with a plaintext value in data (base64 is only an encoding) or stringData", severity: "error", message: "Secret {{namespace}}/{{name}} holds a plaintext value for key '{{key}}' in {{section}}", keywords: ["secret"], check: "k8s-secret", kinds: ["Secret"], fix: ["seal", "external"] } }, { file: "rules/kubeconfig-credential.yaml", spec: { id: "kubeconfig-credential", description: "kubeconfig with an embedded client key, token or password", severity: "error", message: "kubeconfig: users[].user.{{key}} holds a credential", keywords: ["users"], check: "kubeconfig", kinds: ["Config"] } }, { file: "rules/kustomize-secret-generator.yaml", spec: { id: "kustomize-secret-generator", description: "Kustomize secretGenerator with literal values or committed plaintext files", severity: "error", message: "secretGenerator {{name}}: {{key}} is committed in plaintext", keywords: ["secretgenerator"], check: "kustomize" } }, { file: "rules/last-applied-secret.yaml", spec: { id: "last-applied-secret", description: "kubectl last-applied-configuration annotation that embeds a Secret's plaintext", severity: "error", message: "{{kind}} {{name}}: the last-applied-configuration annotation embeds a Secret with values ({{keys}})", keywords: ["last-applied-configuration"], check: "last-applied" } }, { file: "rules/mysql-cli-password.yaml", spec: { id: "mysql-cli-password", credential: "Password on a mysql command line", description: "A literal password given to mysql, mysqldump or mysqladmin with -p<password> (in files that run mysql)", severity: "error", message: "Password on a mysql command line", keywords: ["mysql"], pattern: `(?<![^ \\t])-p([^\\s\\"'$-][^\\s\\"']{3,127})`, secretGroup: 1, validate: "literal-credential", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)", "^[0-9:./]+$"] } } }, { file: "rules/providers/ai/anthropic-admin-key.yaml", spec: { id: "anthropic-admin-key", provider: "Anthropic", credential: "Anthropic Admin API key", description: "Anthropic Admin API key", severity: "error", message: "Anthropic Admin API key", keywords: ["sk-ant-admin01-"], pattern: "(?<![A-Za-z0-9_-])sk-ant-admin01-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])", rotate: "https://docs.anthropic.com/en/api/administration-api" } }, { file: "rules/providers/ai/anthropic-api-key.yaml", spec: { id: "anthropic-api-key", provider: "Anthropic", credential: "Anthropic API key", description: "Anthropic API key", severity: "error", message: "Anthropic API key", keywords: ["sk-ant-api03-"], pattern: "(?<![A-Za-z0-9_-])sk-ant-api03-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])", rotate: "https://console.anthropic.com/settings/keys" } }, { file: "rules/providers/ai/azure-openai-key.yaml", spec: { id: "azure-openai-key", provider: "Microsoft", credential: "Azure OpenAI key", description: "Azure OpenAI key, issued by Microsoft", severity: "error", message: "Azure OpenAI key", keywords: ["azure_openai", "azure-openai", "azureopenai", "cognitive"], pattern: `(?:azure[_.-]?openai[_.-]?(?:api[_.-]?)?key|cognitive[_.-]?services?[_.-]?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys" } }, { file: "rules/providers/ai/cohere-api-key.yaml", spec: { id: "cohere-api-key", provider: "Cohere", credential: "Cohere API key", description: "Cohere API key", severity: "error", message: "Cohere API key", keywords: ["cohere", "co_api_key"], pattern: `(?:cohere[_.-]?(?:api[_.-]?)?key|co[_.-]api[_.-]key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9]{40})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://dashboard.cohere.com/api-keys" } }, { file: "rules/providers/ai/deepseek-api-key.yaml", spec: { id: "deepseek-api-key", provider: "DeepSeek", credential: "DeepSeek API key", description: "DeepSeek API key", severity: "error", message: "DeepSeek API key", keywords: ["deepseek"], pattern: `(?:deepseek[_.-]?(?:api[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?(sk-[a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://platform.deepseek.com/api_keys" } }, { file: "rules/providers/ai/elevenlabs-api-key.yaml", spec: { id: "elevenlabs-api-key", provider: "ElevenLabs", credential: "ElevenLabs API key", description: "ElevenLabs API key", severity: "error", message: "ElevenLabs API key", keywords: ["sk_"], pattern: "(?<![A-Za-z0-9_])sk_[a-f0-9]{48}(?![A-Za-z0-9_])", rotate: "https://elevenlabs.io/docs/api-reference/authentication" } }, { file: "rules/providers/ai/groq-api-key.yaml", spec: { id: "groq-api-key", provider: "Groq", credential: "Groq API key", description: "Groq API key", severity: "error", message: "Groq API key", keywords: ["gsk_"], pattern: "(?<![A-Za-z0-9_])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_])", rotate: "https://console.groq.com/keys" } }, { file: "rules/providers/ai/huggingface-org-token.yaml", spec: { id: "huggingface-org-token", provider: "Hugging Face", credential: "Hugging Face organization API token", description: "Hugging Face organization API token", severity: "error", message: "Hugging Face organization API token", keywords: ["api_org_"], pattern: "(?<![A-Za-z0-9_])api_org_[A-Za-z]{34}(?![A-Za-z0-9_])", rotate: "https://huggingface.co/docs/hub/security-tokens" } }, { file: "rules/providers/ai/huggingface-token.yaml", spec: { id: "huggingface-token", provider: "Hugging Face", credential: "Hugging Face user access token", description: "Hugging Face user access token", severity: "error", message: "Hugging Face user access token", keywords: ["hf_"], pattern: "(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])", rotate: "https://huggingface.co/docs/hub/security-tokens" } }, { file: "rules/providers/ai/langsmith-api-key.yaml", spec: { id: "langsmith-api-key", provider: "LangChain", credential: "LangSmith API key", description: "LangSmith API key, issued by LangChain", severity: "error", message: "LangSmith API key", keywords: ["lsv2_pt_", "lsv2_sk_"], pattern: "(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}(?![A-Za-z0-9_])", rotate: "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key" } }, { file: "rules/providers/ai/mistral-api-key.yaml", spec: { id: "mistral-api-key", provider: "Mistral AI", credential: "Mistral AI API key", description: "Mistral AI API key", severity: "error", message: "Mistral AI API key", keywords: ["mistral"], pattern: `(?:mistral[_.-]?(?:ai[_.-]?)?(?:api[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://console.mistral.ai/api-keys" } }, { file: "rules/providers/ai/openai-admin-key.yaml", spec: { id: "openai-admin-key", provider: "OpenAI", credential: "OpenAI admin key", description: "OpenAI admin key", severity: "error", message: "OpenAI admin key", keywords: ["sk-admin-"], pattern: "(?<![A-Za-z0-9_-])sk-admin-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])", rotate: "https://platform.openai.com/settings/organization/admin-keys" } }, { file: "rules/providers/ai/openai-project-key.yaml", spec: { id: "openai-project-key", provider: "OpenAI", credential: "OpenAI project API key", description: "OpenAI project API key", severity: "error", message: "OpenAI project API key", keywords: ["sk-proj-"], pattern: "(?<![A-Za-z0-9_-])sk-proj-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])", rotate: "https://platform.openai.com/api-keys" } }, { file: "rules/providers/ai/openai-service-account-key.yaml", spec: { id: "openai-service-account-key", provider: "OpenAI", credential: "OpenAI service account key", description: "OpenAI service account key", severity: "error", message: "OpenAI service account key", keywords: ["sk-svcacct-"], pattern: "(?<![A-Za-z0-9_-])sk-svcacct-[A-Za-z0-9_-]{40,250}(?![A-Za-z0-9_-])", rotate: "https://platform.openai.com/api-keys" } }, { file: "rules/providers/ai/openai-user-key.yaml", spec: { id: "openai-user-key", provider: "OpenAI", credential: "OpenAI legacy user API key", description: "OpenAI legacy user API key", severity: "error", message: "OpenAI legacy user API key", keywords: ["t3blbkfj"], pattern: "(?<![A-Za-z0-9_])sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9_])", rotate: "https://platform.openai.com/api-keys" } }, { file: "rules/providers/ai/openrouter-api-key.yaml", spec: { id: "openrouter-api-key", provider: "OpenRouter", credential: "OpenRouter API key", description: "OpenRouter API key", severity: "error", message: "OpenRouter API key", keywords: ["sk-or-v1-"], pattern: "(?<![A-Za-z0-9_])sk-or-v1-[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://openrouter.ai/settings/keys" } }, { file: "rules/providers/ai/perplexity-api-key.yaml", spec: { id: "perplexity-api-key", provider: "Perplexity", credential: "Perplexity API key", description: "Perplexity API key", severity: "error", message: "Perplexity API key", keywords: ["pplx-"], pattern: "(?<![A-Za-z0-9_])pplx-[A-Za-z0-9]{48}(?![A-Za-z0-9_])", rotate: "https://docs.perplexity.ai/guides/getting-started" } }, { file: "rules/providers/ai/pinecone-api-key.yaml", spec: { id: "pinecone-api-key", provider: "Pinecone", credential: "Pinecone API key", description: "Pinecone API key", severity: "error", message: "Pinecone API key", keywords: ["pcsk_"], pattern: "(?<![A-Za-z0-9_])pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70}(?![A-Za-z0-9_])", rotate: "https://docs.pinecone.io/guides/projects/manage-api-keys" } }, { file: "rules/providers/ai/replicate-api-token.yaml", spec: { id: "replicate-api-token", provider: "Replicate", credential: "Replicate API token", description: "Replicate API token", severity: "error", message: "Replicate API token", keywords: ["r8_"], pattern: "(?<![A-Za-z0-9_])r8_[A-Za-z0-9]{37}(?![A-Za-z0-9_])", rotate: "https://replicate.com/account/api-tokens" } }, { file: "rules/providers/ai/xai-api-key.yaml", spec: { id: "xai-api-key", provider: "xAI", credential: "xAI API key", description: "xAI API key", severity: "error", message: "xAI API key", keywords: ["xai-"], pattern: "(?<![A-Za-z0-9_])xai-[A-Za-z0-9]{80}(?![A-Za-z0-9_])", rotate: "https://docs.x.ai/docs/overview" } }, { file: "rules/providers/chat/discord-bot-token.yaml", spec: { id: "discord-bot-token", provider: "Discord", credential: "Discord bot token", description: "Discord bot token", severity: "error", message: "Discord bot token", keywords: ["discord"], pattern: `(?:discord[_.-]?(?:bot[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://discord.com/developers/docs/topics/oauth2#bots" } }, { file: "rules/providers/chat/discord-webhook.yaml", spec: { id: "discord-webhook", provider: "Discord", credential: "Discord webhook URL", description: "Discord webhook URL", severity: "error", message: "Discord webhook URL", keywords: ["discord.com/api/webhooks", "discordapp.com/api/webhooks"], pattern: "(?<![A-Za-z0-9+.-])https://(?:(?:canary|ptb)\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,80}(?![A-Za-z0-9_-])", rotate: "https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks" } }, { file: "rules/providers/chat/microsoft-teams-webhook.yaml", spec: { id: "microsoft-teams-webhook", provider: "Microsoft", credential: "Microsoft Teams incoming webhook URL", description: "Microsoft Teams incoming webhook URL", severity: "error", message: "Microsoft Teams incoming webhook URL", keywords: ["webhook.office.com", "outlook.office.com/webhook"], pattern: "(?<![A-Za-z0-9+.-])https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/[a-f0-9]{32}/[a-f0-9-]{36}(?:/[A-Za-z0-9_-]{40,70})?", rotate: "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook" } }, { file: "rules/providers/chat/slack-app-token.yaml", spec: { id: "slack-app-token", provider: "Slack", credential: "Slack app-level token", description: "Slack app-level token", severity: "error", message: "Slack app-level token", keywords: ["xapp-"], pattern: "(?<![A-Za-z0-9_])xapp-[0-9]-[A-Z0-9]{9,11}-[0-9]{10,13}-[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/authentication/token-types#app-level" } }, { file: "rules/providers/chat/slack-config-token.yaml", spec: { id: "slack-config-token", provider: "Slack", credential: "Slack configuration access token", description: "Slack configuration access token", severity: "error", message: "Slack configuration access token", keywords: ["xoxe.xox"], pattern: "(?<![A-Za-z0-9_])xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,200}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/authentication/config-tokens" } }, { file: "rules/providers/chat/slack-legacy-token.yaml", spec: { id: "slack-legacy-token", provider: "Slack", credential: "Slack legacy workspace token", description: "Slack legacy workspace token", severity: "error", message: "Slack legacy workspace token", keywords: ["xoxa-", "xoxo-", "xoxr-", "xoxs-"], pattern: "(?<![A-Za-z0-9_])xox[aors]-(?:[0-9]{6,13}-){1,3}[A-Za-z0-9]{10,64}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/authentication/rotation" } }, { file: "rules/providers/chat/slack-refresh-token.yaml", spec: { id: "slack-refresh-token", provider: "Slack", credential: "Slack refresh token", description: "Slack refresh token", severity: "error", message: "Slack refresh token", keywords: ["xoxe-"], pattern: "(?<![A-Za-z0-9_])xoxe-[0-9]-[A-Za-z0-9]{140,200}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/authentication/rotation" } }, { file: "rules/providers/chat/slack-token.yaml", spec: { id: "slack-token", provider: "Slack", credential: "Slack bot token", description: "Slack bot token", severity: "error", message: "Slack bot token", keywords: ["xoxb-"], pattern: "(?<![A-Za-z0-9_])xoxb-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{24}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/authentication/rotation" } }, { file: "rules/providers/chat/slack-user-token.yaml", spec: { id: "slack-user-token", provider: "Slack", credential: "Slack user token", description: "Slack user token", severity: "error", message: "Slack user token", keywords: ["xoxp-"], pattern: "(?<![A-Za-z0-9_])xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/authentication/rotation" } }, { file: "rules/providers/chat/slack-webhook.yaml", spec: { id: "slack-webhook", provider: "Slack", credential: "Slack incoming webhook URL", description: "Slack incoming webhook URL", severity: "error", message: "Slack incoming webhook URL", keywords: ["hooks.slack.com/services"], pattern: "(?<![A-Za-z0-9+.-])https://hooks\\.slack\\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}(?![A-Za-z0-9_])", rotate: "https://api.slack.com/messaging/webhooks#revoking" } }, { file: "rules/providers/chat/slack-workflow-webhook.yaml", spec: { id: "slack-workflow-webhook", provider: "Slack", credential: "Slack workflow webhook URL", description: "Slack workflow webhook URL", severity: "error", message: "Slack workflow webhook URL", keywords: ["hooks.slack.com/triggers", "hooks.slack.com/workflows"], pattern: "(?<![A-Za-z0-9+.-])https://hooks\\.slack\\.com/(?:triggers|workflows)/T[A-Z0-9]{8,12}/(?:A[A-Z0-9]{8,12}/)?[0-9]{8,20}/[A-Za-z0-9]{24,32}(?![A-Za-z0-9_])", rotate: "https://slack.com/help/articles/360041352714" } }, { file: "rules/providers/chat/teams-workflow-webhook.yaml", spec: { id: "teams-workflow-webhook", provider: "Microsoft", credential: "Teams / Power Automate workflow webhook URL", description: "Teams / Power Automate workflow webhook URL, issued by Microsoft", severity: "error", message: "Teams / Power Automate workflow webhook URL", keywords: ["/triggers/manual/paths/invoke"], pattern: "/workflows/[a-f0-9]{32}/triggers/manual/paths/invoke\\?api-version=[0-9-]{1,10}&sp=[A-Za-z0-9%._-]{1,80}&sv=[0-9.]{1,5}&sig=[A-Za-z0-9_-]{40,50}", rotate: "https://support.microsoft.com/en-us/office/create-incoming-webhooks-with-workflows-for-microsoft-teams-8ae491c7-0394-4861-ba59-055e33f75498" } }, { file: "rules/providers/chat/telegram-bot-token.yaml", spec: { id: "telegram-bot-token", provider: "Telegram", credential: "Telegram bot token", description: "Telegram bot token", severity: "error", message: "Telegram bot token", keywords: [":aa"], pattern: "(?<![A-Za-z0-9_-])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])", rotate: "https://core.telegram.org/bots/features#botfather" } }, { file: "rules/providers/chat/twilio-api-key.yaml", spec: { id: "twilio-api-key", provider: "Twilio", credential: "Twilio API key SID", description: "Twilio API key SID (its secret is usually next to it)", severity: "warning", message: "Twilio API key SID", keywords: ["sk"], pattern: "(?<![A-Za-z0-9_])SK[0-9a-f]{32}(?![A-Za-z0-9_])", rotate: "https://www.twilio.com/docs/iam/api-keys" } }, { file: "rules/providers/chat/twilio-auth-token.yaml", spec: { id: "twilio-auth-token", provider: "Twilio", credential: "Twilio auth token", description: "Twilio auth token", severity: "error", message: "Twilio auth token", keywords: ["twilio"], pattern: `(?:twilio[_.-]?(?:auth[_.-]?token|api[_.-]?secret|secret))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://help.twilio.com/articles/223136027-Auth-Tokens-and-How-to-Change-Them" } }, { file: "rules/providers/ci/buildkite-api-token.yaml", spec: { id: "buildkite-api-token", provider: "Buildkite", credential: "Buildkite API access token", description: "Buildkite API access token", severity: "error", message: "Buildkite API access token", keywords: ["bkua_"], pattern: "(?<![A-Za-z0-9_])bkua_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://buildkite.com/docs/apis/managing-api-tokens" } }, { file: "rules/providers/ci/circleci-personal-token.yaml", spec: { id: "circleci-personal-token", provider: "CircleCI", credential: "CircleCI personal API token", description: "CircleCI personal API token", severity: "error", message: "CircleCI personal API token", keywords: ["ccipat_"], pattern: "(?<![A-Za-z0-9_])CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://circleci.com/docs/managing-api-tokens/" } }, { file: "rules/providers/ci/circleci-project-token.yaml", spec: { id: "circleci-project-token", provider: "CircleCI", credential: "CircleCI project API token", description: "CircleCI project API token", severity: "error", message: "CircleCI project API token", keywords: ["cciprj_"], pattern: "(?<![A-Za-z0-9_])CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://circleci.com/docs/managing-api-tokens/" } }, { file: "rules/providers/ci/clojars-deploy-token.yaml", spec: { id: "clojars-deploy-token", provider: "Clojars", credential: "Clojars deploy token", description: "Clojars deploy token", severity: "error", message: "Clojars deploy token", keywords: ["clojars_"], pattern: "(?<![A-Za-z0-9_])CLOJARS_[a-z0-9]{60}(?![A-Za-z0-9_])", rotate: "https://github.com/clojars/clojars-web/wiki/Deploy-Tokens" } }, { file: "rules/providers/ci/codecov-token.yaml", spec: { id: "codecov-token", provider: "Codecov", credential: "Codecov upload token", description: "Codecov upload token", severity: "error", message: "Codecov upload token", keywords: ["codecov"], pattern: `(?:codecov[_.-]?(?:upload[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.codecov.com/docs/codecov-tokens" } }, { file: "rules/providers/ci/crates-io-token.yaml", spec: { id: "crates-io-token", provider: "crates.io", credential: "crates.io API token", description: "crates.io API token", severity: "error", message: "crates.io API token", keywords: ["cio"], pattern: "(?<![A-Za-z0-9_])cio[A-Za-z0-9]{32}(?![A-Za-z0-9_])", entropy: 3.5, rotate: "https://doc.rust-lang.org/cargo/reference/publishing.html" } }, { file: "rules/providers/ci/docker-hub-oat.yaml", spec: { id: "docker-hub-oat", provider: "Docker", credential: "Docker Hub organization access token", description: "Docker Hub organization access token", severity: "error", message: "Docker Hub organization access token", keywords: ["dckr_oat_"], pattern: "(?<![A-Za-z0-9_-])dckr_oat_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])", rotate: "https://docs.docker.com/security/for-admins/access-tokens/" } }, { file: "rules/providers/ci/docker-hub-pat.yaml", spec: { id: "docker-hub-pat", provider: "Docker", credential: "Docker Hub personal access token", description: "Docker Hub personal access token", severity: "error", message: "Docker Hub personal access token", keywords: ["dckr_pat_"], pattern: "(?<![A-Za-z0-9_-])dckr_pat_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])", rotate: "https://docs.docker.com/security/for-developers/access-tokens/" } }, { file: "rules/providers/ci/harness-pat.yaml", spec: { id: "harness-pat", provider: "Harness", credential: "Harness personal access token", description: "Harness personal access token", severity: "error", message: "Harness personal access token", keywords: ["pat."], pattern: "(?<![A-Za-z0-9_-])pat\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}(?![A-Za-z0-9_])", rotate: "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/" } }, { file: "rules/providers/ci/harness-sat.yaml", spec: { id: "harness-sat", provider: "Harness", credential: "Harness service account token", description: "Harness service account token", severity: "error", message: "Harness service account token", keywords: ["sat."], pattern: "(?<![A-Za-z0-9_-])sat\\.[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}(?![A-Za-z0-9_])", rotate: "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/" } }, { file: "rules/providers/ci/jfrog-api-key.yaml", spec: { id: "jfrog-api-key", provider: "JFrog", credential: "JFrog Artifactory API key", description: "JFrog Artifactory API key", severity: "error", message: "JFrog Artifactory API key", keywords: ["akcp"], pattern: "(?<![A-Za-z0-9_])AKCp[A-Za-z0-9]{69}(?![A-Za-z0-9_])", rotate: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens" } }, { file: "rules/providers/ci/jfrog-reference-token.yaml", spec: { id: "jfrog-reference-token", provider: "JFrog", credential: "JFrog reference token", description: "JFrog reference token", severity: "error", message: "JFrog reference token", keywords: ["cmvmdgtuojaxoj"], pattern: "(?<![A-Za-z0-9_])cmVmdGtuOjAxOj[A-Za-z0-9]{46,56}(?![A-Za-z0-9_])", rotate: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens" } }, { file: "rules/providers/ci/npm-access-token.yaml", spec: { id: "npm-access-token", provider: "npm", credential: "npm access token", description: "npm access token", severity: "error", message: "npm access token", keywords: ["npm_"], pattern: "(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", validate: "github-crc32", rotate: "https://docs.npmjs.com/revoking-access-tokens" } }, { file: "rules/providers/ci/nuget-api-key.yaml", spec: { id: "nuget-api-key", provider: "NuGet", credential: "NuGet API key", description: "NuGet API key", severity: "error", message: "NuGet API key", keywords: ["oy2"], pattern: "(?<![A-Za-z0-9_])oy2[a-z0-9]{43}(?![A-Za-z0-9_])", rotate: "https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys" } }, { file: "rules/providers/ci/octopus-deploy-api-key.yaml", spec: { id: "octopus-deploy-api-key", provider: "Octopus Deploy", credential: "Octopus Deploy API key", description: "Octopus Deploy API key", severity: "error", message: "Octopus Deploy API key", keywords: ["api-"], pattern: "(?<![A-Za-z0-9_])API-[A-Z0-9]{26,32}(?![A-Za-z0-9_])", entropy: 3.5, rotate: "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key" } }, { file: "rules/providers/ci/pulumi-access-token.yaml", spec: { id: "pulumi-access-token", provider: "Pulumi", credential: "Pulumi access token", description: "Pulumi access token", severity: "error", message: "Pulumi access token", keywords: ["pul-"], pattern: "(?<![A-Za-z0-9_])pul-[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/" } }, { file: "rules/providers/ci/pypi-api-token.yaml", spec: { id: "pypi-api-token", provider: "Python Package Index", credential: "PyPI API token", description: "PyPI API token, issued by Python Package Index", severity: "error", message: "PyPI API token", keywords: ["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"], pattern: "(?<![A-Za-z0-9_-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,2000}", validate: "pypi-macaroon", rotate: "https://pypi.org/help/#apitoken" } }, { file: "rules/providers/ci/rubygems-api-key.yaml", spec: { id: "rubygems-api-key", provider: "RubyGems", credential: "RubyGems API key", description: "RubyGems API key", severity: "error", message: "RubyGems API key", keywords: ["rubygems_"], pattern: "(?<![A-Za-z0-9_])rubygems_[a-f0-9]{48}(?![A-Za-z0-9_])", rotate: "https://guides.rubygems.org/api-key-scopes/" } }, { file: "rules/providers/ci/snyk-api-token.yaml", spec: { id: "snyk-api-token", provider: "Snyk", credential: "Snyk API token", description: "Snyk API token", severity: "error", message: "Snyk API token", keywords: ["snyk"], pattern: `(?:snyk[_.-]?(?:api[_.-]?)?(?:token|key))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.snyk.io/snyk-api/authentication-for-api/revoke-and-regenerate-a-snyk-api-token" } }, { file: "rules/providers/ci/sonarcloud-token.yaml", spec: { id: "sonarcloud-token", provider: "SonarSource", credential: "SonarCloud token", description: "SonarCloud token, issued by SonarSource", severity: "error", message: "SonarCloud token", keywords: ["sonar"], pattern: `(?:sonar(?:cloud|qube)?[_.-]?(?:token|login))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{40})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/" } }, { file: "rules/providers/ci/sonarqube-global-token.yaml", spec: { id: "sonarqube-global-token", provider: "SonarSource", credential: "SonarQube global analysis token", description: "SonarQube global analysis token, issued by SonarSource", severity: "error", message: "SonarQube global analysis token", keywords: ["sqa_"], pattern: "(?<![A-Za-z0-9_])sqa_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/" } }, { file: "rules/providers/ci/sonarqube-project-token.yaml", spec: { id: "sonarqube-project-token", provider: "SonarSource", credential: "SonarQube project analysis token", description: "SonarQube project analysis token, issued by SonarSource", severity: "error", message: "SonarQube project analysis token", keywords: ["sqp_"], pattern: "(?<![A-Za-z0-9_])sqp_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/" } }, { file: "rules/providers/ci/sonarqube-user-token.yaml", spec: { id: "sonarqube-user-token", provider: "SonarSource", credential: "SonarQube user token", description: "SonarQube user token, issued by SonarSource", severity: "error", message: "SonarQube user token", keywords: ["squ_"], pattern: "(?<![A-Za-z0-9_])squ_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/" } }, { file: "rules/providers/ci/terraform-cloud-token.yaml", spec: { id: "terraform-cloud-token", provider: "HashiCorp", credential: "Terraform Cloud / Enterprise API token", description: "Terraform Cloud / Enterprise API token, issued by HashiCorp", severity: "error", message: "Terraform Cloud / Enterprise API token", keywords: [".atlasv1."], pattern: "(?<![A-Za-z0-9_-])[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])", rotate: "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens" } }, { file: "rules/providers/cloud/alibaba-access-key-id.yaml", spec: { id: "alibaba-access-key-id", provider: "Alibaba Cloud", credential: "Alibaba Cloud AccessKey ID", description: "Alibaba Cloud AccessKey ID", severity: "error", message: "Alibaba Cloud AccessKey ID", keywords: ["ltai"], pattern: "(?<![A-Za-z0-9_])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9_])", entropy: 3, rotate: "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair" } }, { file: "rules/providers/cloud/alibaba-access-key-secret.yaml", spec: { id: "alibaba-access-key-secret", provider: "Alibaba Cloud", credential: "Alibaba Cloud AccessKey secret", description: "Alibaba Cloud AccessKey secret", severity: "error", message: "Alibaba Cloud AccessKey secret", keywords: ["alibaba", "aliyun", "alicloud"], pattern: `(?:(?:alibaba|aliyun|alicloud)[_.-]?(?:cloud[_.-]?)?(?:access[_.-]?)?(?:key[_.-]?)?secret)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9]{30})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair" } }, { file: "rules/providers/cloud/aws-access-key-id.yaml", spec: { id: "aws-access-key-id", provider: "Amazon Web Services", credential: "AWS access key ID", description: "AWS access key id (AKIA/ASIA), half of an AWS credential pair", severity: "error", message: "AWS access key id", keywords: ["akia", "asia", "abia", "acca"], pattern: "\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b", secretGroup: 1, allowlist: { stopwords: ["example"] }, rotate: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console" } }, { file: "rules/providers/cloud/aws-bedrock-api-key.yaml", spec: { id: "aws-bedrock-api-key", provider: "Amazon Web Services", credential: "Amazon Bedrock long-term API key", description: "Amazon Bedrock long-term API key", severity: "error", message: "Amazon Bedrock long-term API key", keywords: ["absk"], pattern: "(?<![A-Za-z0-9_])ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,300}={0,2}", rotate: "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-modify.html" } }, { file: "rules/providers/cloud/aws-bedrock-short-term-key.yaml", spec: { id: "aws-bedrock-short-term-key", provider: "Amazon Web Services", credential: "Amazon Bedrock short-term API key", description: "Amazon Bedrock short-term API key", severity: "error", message: "Amazon Bedrock short-term API key", keywords: ["bedrock-api-key-"], pattern: "(?<![A-Za-z0-9_])bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{100,4000}", rotate: "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html" } }, { file: "rules/providers/cloud/aws-credential-pair.yaml", spec: { id: "aws-credential-pair", provider: "Amazon Web Services", credential: "AWS secret access key", description: "AWS secret access key passed right after its access key id (positional SDK arguments)", severity: "error", message: "AWS secret access key next to its access key id", keywords: ["akia", "asia"], pattern: "\\b(?:AKIA|ASIA)[A-Z2-7]{16}[\"'`]?[\\s,;:=)(]{1,20}[\"'`]([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])", secretGroup: 1, entropy: 3.5, allowlist: { stopwords: ["example"] }, rotate: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console" } }, { file: "rules/providers/cloud/aws-mws-key.yaml", spec: { id: "aws-mws-key", provider: "Amazon Web Services", credential: "Amazon MWS auth token", description: "Amazon MWS auth token", severity: "error", message: "Amazon MWS auth token", keywords: ["amzn.mws."], pattern: "(?<![A-Za-z0-9_])amzn\\.mws\\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])", rotate: "https://developer-docs.amazon.com/sp-api/docs/sp-api-migration-guide-overview" } }, { file: "rules/providers/cloud/aws-secret-access-key.yaml", spec: { id: "aws-secret-access-key", provider: "Amazon Web Services", credential: "AWS secret access key", description: "AWS secret access key assigned to a recognisable name", severity: "error", message: "AWS secret access key", keywords: ["secretaccesskey", "secret_access_key", "secret-access-key"], pattern: `(?:secret_?access_?key|secret-access-key)["']?\\s{0,4}(?::|=>?|:=)\\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])`, flags: "i", secretGroup: 1, entropy: 3.5, allowlist: { stopwords: ["example"] }, rotate: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console" } }, { file: "rules/providers/cloud/aws-session-token.yaml", spec: { id: "aws-session-token", provider: "Amazon Web Services", credential: "AWS STS session token", description: "AWS STS session token, issued by Amazon Web Services", severity: "error", message: "AWS STS session token", keywords: ["iqojb3jpz2lux2vj", "fwogzxivyxdze"], pattern: "(?<![A-Za-z0-9+/])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{200,2000}={0,2}", rotate: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_revoke.html" } }, { file: "rules/providers/cloud/azure-ad-client-secret.yaml", spec: { id: "azure-ad-client-secret", provider: "Microsoft", credential: "Microsoft Entra ID client secret", description: "Microsoft Entra ID client secret", severity: "error", message: "Microsoft Entra ID client secret", keywords: ["q~"], pattern: "(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])", rotate: "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials" } }, { file: "rules/providers/cloud/azure-annotated-key.yaml", spec: { id: "azure-annotated-key", provider: "Microsoft", credential: "Azure annotated service key", description: "Azure annotated service key, issued by Microsoft", severity: "error", message: "Azure annotated service key", keywords: ["jqqj9"], pattern: "(?<![A-Za-z0-9_])[A-Za-z0-9]{52}JQQJ9[9DH](?![A-Za-z0-9]{18}AZDO)[A-Za-z0-9]{26}(?![A-Za-z0-9_])", rotate: "https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys" } }, { file: "rules/providers/cloud/azure-app-configuration-secret.yaml", spec: { id: "azure-app-configuration-secret", provider: "Microsoft", credential: "Azure App Configuration access key", description: "Azure App Configuration access key, issued by Microsoft", severity: "error", message: "Azure App Configuration access key", keywords: ["azconfig.io"], pattern: "Endpoint=https://[a-z0-9-]{3,60}\\.azconfig\\.io;Id=[A-Za-z0-9+/:=-]{4,60};Secret=([A-Za-z0-9+/]{43}=)", secretGroup: 1, rotate: "https://learn.microsoft.com/en-us/azure/azure-app-configuration/concept-enable-rbac" } }, { file: "rules/providers/cloud/azure-cosmosdb-key.yaml", spec: { id: "azure-cosmosdb-key", provider: "Microsoft", credential: "Azure Cosmos DB account key", description: "Azure Cosmos DB account key, issued by Microsoft", severity: "error", message: "Azure Cosmos DB account key", keywords: ["documents.azure.com"], pattern: "AccountEndpoint=https://[a-z0-9-]{3,44}\\.documents\\.azure\\.com:443/;AccountKey=([A-Za-z0-9+/]{86}==)", secretGroup: 1, rotate: "https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data" } }, { file: "rules/providers/cloud/azure-sas-token.yaml", spec: { id: "azure-sas-token", provider: "Microsoft", credential: "Azure SAS token", description: "Azure SAS token, issued by Microsoft", severity: "error", message: "Azure SAS token", keywords: ["sig="], pattern: "[?&]sig=([A-Za-z0-9%+/]{43,60})(?![A-Za-z0-9%+/])", secretGroup: 1, validate: "azure-sas-signature", rotate: "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview" } }, { file: "rules/providers/cloud/azure-shared-access-key.yaml", spec: { id: "azure-shared-access-key", provider: "Microsoft", credential: "Azure Service Bus / Event Hubs / IoT Hub shared access key", description: "Azure Service Bus / Event Hubs / IoT Hub shared access key, issued by Microsoft", severity: "error", message: "Azure Service Bus / Event Hubs / IoT Hub shared access key", keywords: ["sharedaccesskey="], pattern: "SharedAccessKey=([A-Za-z0-9+/]{42,43}=)", secretGroup: 1, rotate: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas" } }, { file: "rules/providers/cloud/azure-storage-account-key.yaml", spec: { id: "azure-storage-account-key", provider: "Microsoft", credential: "Azure Storage account key", description: "Azure Storage account key, issued by Microsoft", severity: "error", message: "Azure Storage account key", keywords: ["storage"], pattern: `(?:(?:azure[_.-]?)?storage[_.-]?(?:account[_.-]?)?(?:access[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, validate: "base64-64-bytes", rotate: "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage" } }, { file: "rules/providers/cloud/azure-storage-connection-string.yaml", spec: { id: "azure-storage-connection-string", provider: "Microsoft", credential: "Azure Storage account key", description: "Azure Storage account key, issued by Microsoft", severity: "error", message: "Azure Storage account key", keywords: ["accountkey="], pattern: "AccountKey=([A-Za-z0-9+/]{86}==)", secretGroup: 1, validate: "base64-64-bytes", rotate: "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage" } }, { file: "rules/providers/cloud/cloudflare-api-token.yaml", spec: { id: "cloudflare-api-token", provider: "Cloudflare", credential: "Cloudflare API token", description: "Cloudflare API token", severity: "error", message: "Cloudflare API token", keywords: ["cloudflare", "cf_api_token", "cf_token"], pattern: `(?:(?:cloudflare|cf)[_.-]?(?:api[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/" } }, { file: "rules/providers/cloud/cloudflare-global-api-key.yaml", spec: { id: "cloudflare-global-api-key", provider: "Cloudflare", credential: "Cloudflare global API key", description: "Cloudflare global API key", severity: "error", message: "Cloudflare global API key", keywords: ["cloudflare", "cf_api_key", "cf_key"], pattern: `(?:(?:cloudflare|cf)[_.-]?(?:global[_.-]?)?(?:api[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{37})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://developers.cloudflare.com/fundamentals/api/get-started/keys/" } }, { file: "rules/providers/cloud/cloudflare-origin-ca-key.yaml", spec: { id: "cloudflare-origin-ca-key", provider: "Cloudflare", credential: "Cloudflare Origin CA key", description: "Cloudflare Origin CA key", severity: "error", message: "Cloudflare Origin CA key", keywords: ["v1.0-"], pattern: "(?<![A-Za-z0-9_])v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}(?![A-Za-z0-9_])", rotate: "https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/" } }, { file: "rules/providers/cloud/databricks-token.yaml", spec: { id: "databricks-token", provider: "Databricks", credential: "Databricks personal access token", description: "Databricks personal access token", severity: "error", message: "Databricks personal access token", keywords: ["dapi"], pattern: "(?<![A-Za-z0-9_])dapi[a-f0-9]{32}(?:-[0-9])?(?![A-Za-z0-9_])", rotate: "https://docs.databricks.com/en/dev-tools/auth/pat.html" } }, { file: "rules/providers/cloud/digitalocean-oauth-token.yaml", spec: { id: "digitalocean-oauth-token", provider: "DigitalOcean", credential: "DigitalOcean OAuth token", description: "DigitalOcean OAuth token", severity: "error", message: "DigitalOcean OAuth token", keywords: ["doo_v1_"], pattern: "(?<![A-Za-z0-9_])doo_v1_[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://docs.digitalocean.com/reference/api/oauth/" } }, { file: "rules/providers/cloud/digitalocean-pat.yaml", spec: { id: "digitalocean-pat", provider: "DigitalOcean", credential: "DigitalOcean personal access token", description: "DigitalOcean personal access token", severity: "error", message: "DigitalOcean personal access token", keywords: ["dop_v1_"], pattern: "(?<![A-Za-z0-9_])dop_v1_[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://docs.digitalocean.com/reference/api/create-personal-access-token/" } }, { file: "rules/providers/cloud/digitalocean-refresh-token.yaml", spec: { id: "digitalocean-refresh-token", provider: "DigitalOcean", credential: "DigitalOcean OAuth refresh token", description: "DigitalOcean OAuth refresh token", severity: "error", message: "DigitalOcean OAuth refresh token", keywords: ["dor_v1_"], pattern: "(?<![A-Za-z0-9_])dor_v1_[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://docs.digitalocean.com/reference/api/oauth/" } }, { file: "rules/providers/cloud/digitalocean-spaces-key.yaml", spec: { id: "digitalocean-spaces-key", provider: "DigitalOcean", credential: "DigitalOcean Spaces secret key", description: "DigitalOcean Spaces secret key", severity: "error", message: "DigitalOcean Spaces secret key", keywords: ["spaces"], pattern: `(?:(?:do[_.-]?)?spaces[_.-]?(?:secret[_.-]?)?(?:access[_.-]?)?(?:key|secret))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9/+]{43})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://docs.digitalocean.com/products/spaces/how-to/manage-access/" } }, { file: "rules/providers/cloud/firebase-cloud-messaging-key.yaml", spec: { id: "firebase-cloud-messaging-key", provider: "Google", credential: "Firebase Cloud Messaging legacy server key", description: "Firebase Cloud Messaging legacy server key, issued by Google", severity: "error", message: "Firebase Cloud Messaging legacy server key", keywords: ["apa91b"], pattern: "(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])", rotate: "https://firebase.google.com/docs/cloud-messaging/migrate-v1" } }, { file: "rules/providers/cloud/fly-access-token.yaml", spec: { id: "fly-access-token", provider: "Fly.io", credential: "Fly.io access token", description: "Fly.io access token", severity: "error", message: "Fly.io access token", keywords: ["flyv1 fm", "fo1_"], pattern: "(?<![A-Za-z0-9_-])(?:FlyV1 fm[12]_[A-Za-z0-9+/=_-]{100,4000}|fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-]))", rotate: "https://fly.io/docs/security/tokens/" } }, { file: "rules/providers/cloud/gcp-service-account-key.yaml", spec: { id: "gcp-service-account-key", provider: "Google", credential: "Google Cloud service account key", description: "Google Cloud service account key", severity: "error", message: "Google Cloud service account key", keywords: ["private_key_id"], pattern: '"private_key_id"[ \\t]{0,4}:[ \\t]{0,4}"[a-f0-9]{40}"', rotate: "https://cloud.google.com/iam/docs/keys-create-delete#deleting" } }, { file: "rules/providers/cloud/google-api-key.yaml", spec: { id: "google-api-key", provider: "Google", credential: "Google API key", description: "Google API key", severity: "error", message: "Google API key", keywords: ["aiza"], pattern: "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])", rotate: "https://cloud.google.com/docs/authentication/api-keys" } }, { file: "rules/providers/cloud/google-oauth-access-token.yaml", spec: { id: "google-oauth-access-token", provider: "Google", credential: "Google OAuth access token", description: "Google OAuth access token", severity: "error", message: "Google OAuth access token", keywords: ["ya29."], pattern: "(?<![A-Za-z0-9_-])ya29\\.[A-Za-z0-9_-]{30,2048}(?![A-Za-z0-9_-])", rotate: "https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke" } }, { file: "rules/providers/cloud/google-oauth-client-secret.yaml", spec: { id: "google-oauth-client-secret", provider: "Google", credential: "Google OAuth client secret", description: "Google OAuth client secret", severity: "error", message: "Google OAuth client secret", keywords: ["gocspx-"], pattern: "(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])", rotate: "https://support.google.com/cloud/answer/15549257" } }, { file: "rules/providers/cloud/google-oauth-refresh-token.yaml", spec: { id: "google-oauth-refresh-token", provider: "Google", credential: "Google OAuth refresh token", description: "Google OAuth refresh token", severity: "error", message: "Google OAuth refresh token", keywords: ["1//0"], pattern: "(?<![A-Za-z0-9_/-])1//0[A-Za-z0-9_-]{40,512}(?![A-Za-z0-9_-])", rotate: "https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke" } }, { file: "rules/providers/cloud/heroku-api-key-legacy.yaml", spec: { id: "heroku-api-key-legacy", provider: "Heroku", credential: "Heroku API key", description: "Heroku API key", severity: "error", message: "Heroku API key", keywords: ["heroku"], pattern: `(?:heroku[_.-]?(?:api[_.-]?)?(?:key|token))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://devcenter.heroku.com/articles/authentication" } }, { file: "rules/providers/cloud/heroku-api-key.yaml", spec: { id: "heroku-api-key", provider: "Heroku", credential: "Heroku API key", description: "Heroku API key", severity: "error", message: "Heroku API key", keywords: ["hrku-"], pattern: "(?<![A-Za-z0-9_-])HRKU-AA[A-Za-z0-9_-]{58}(?![A-Za-z0-9_-])", rotate: "https://devcenter.heroku.com/articles/authentication" } }, { file: "rules/providers/cloud/hetzner-cloud-token.yaml", spec: { id: "hetzner-cloud-token", provider: "Hetzner", credential: "Hetzner Cloud API token", description: "Hetzner Cloud API token", severity: "error", message: "Hetzner Cloud API token", keywords: ["hcloud", "hetzner"], pattern: `(?:(?:hcloud|hetzner)[_.-]?(?:cloud[_.-]?)?(?:api[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9]{64})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://docs.hetzner.com/cloud/api/getting-started/generating-api-token/" } }, { file: "rules/providers/cloud/ibm-cloud-api-key.yaml", spec: { id: "ibm-cloud-api-key", provider: "IBM", credential: "IBM Cloud API key", description: "IBM Cloud API key", severity: "error", message: "IBM Cloud API key", keywords: ["ibm"], pattern: `(?:ibm[_.-]?(?:cloud[_.-]?)?(?:iam[_.-]?)?api[_.-]?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://cloud.ibm.com/docs/account?topic=account-userapikey" } }, { file: "rules/providers/cloud/linode-token.yaml", spec: { id: "linode-token", provider: "Akamai", credential: "Linode personal access token", description: "Linode personal access token, issued by Akamai", severity: "error", message: "Linode personal access token", keywords: ["linode"], pattern: `(?:linode[_.-]?(?:cli[_.-]?)?(?:api[_.-]?)?(?:token|key)|linode[_.-]?(?:personal[_.-]?)?access[_.-]?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{64})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://techdocs.akamai.com/cloud-computing/docs/manage-personal-access-tokens" } }, { file: "rules/providers/cloud/netlify-pat.yaml", spec: { id: "netlify-pat", provider: "Netlify", credential: "Netlify personal access token", description: "Netlify personal access token", severity: "error", message: "Netlify personal access token", keywords: ["nfp_"], pattern: "(?<![A-Za-z0-9_])nfp_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", rotate: "https://docs.netlify.com/api/get-started/#authentication" } }, { file: "rules/providers/cloud/okta-api-token.yaml", spec: { id: "okta-api-token", provider: "Okta", credential: "Okta API token", description: "Okta API token", severity: "error", message: "Okta API token", keywords: ["okta"], pattern: `(?:okta[_.-]?(?:api[_.-]?)?(?:token|key))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://help.okta.com/en-us/content/topics/security/api.htm" } }, { file: "rules/providers/cloud/planetscale-password.yaml", spec: { id: "planetscale-password", provider: "PlanetScale", credential: "PlanetScale database password", description: "PlanetScale database password", severity: "error", message: "PlanetScale database password", keywords: ["pscale_pw_"], pattern: "(?<![A-Za-z0-9_-])pscale_pw_[A-Za-z0-9_.-]{43}(?![A-Za-z0-9_-])", rotate: "https://planetscale.com/docs/concepts/connection-strings" } }, { file: "rules/providers/cloud/planetscale-service-token.yaml", spec: { id: "planetscale-service-token", provider: "PlanetScale", credential: "PlanetScale service token", description: "PlanetScale service token", severity: "error", message: "PlanetScale service token", keywords: ["pscale_tkn_"], pattern: "(?<![A-Za-z0-9_-])pscale_tkn_[A-Za-z0-9_.-]{43}(?![A-Za-z0-9_-])", rotate: "https://planetscale.com/docs/concepts/service-tokens" } }, { file: "rules/providers/cloud/render-api-key.yaml", spec: { id: "render-api-key", provider: "Render", credential: "Render API key", description: "Render API key", severity: "error", message: "Render API key", keywords: ["rnd_"], pattern: "(?<![A-Za-z0-9_])rnd_[A-Za-z0-9]{32}(?![A-Za-z0-9_])", rotate: "https://render.com/docs/api#1-create-an-api-key" } }, { file: "rules/providers/cloud/scaleway-secret-key.yaml", spec: { id: "scaleway-secret-key", provider: "Scaleway", credential: "Scaleway secret key", description: "Scaleway secret key", severity: "error", message: "Scaleway secret key", keywords: ["scw", "scaleway"], pattern: `(?:(?:scw|scaleway)[_.-]?secret[_.-]?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://www.scaleway.com/en/docs/iam/how-to/create-api-keys/" } }, { file: "rules/providers/cloud/scalingo-api-token.yaml", spec: { id: "scalingo-api-token", provider: "Scalingo", credential: "Scalingo API token", description: "Scalingo API token", severity: "error", message: "Scalingo API token", keywords: ["tk-us-"], pattern: "(?<![A-Za-z0-9_-])tk-us-[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])", rotate: "https://doc.scalingo.com/platform/cli/start" } }, { file: "rules/providers/cloud/supabase-access-token.yaml", spec: { id: "supabase-access-token", provider: "Supabase", credential: "Supabase personal access token", description: "Supabase personal access token", severity: "error", message: "Supabase personal access token", keywords: ["sbp_"], pattern: "(?<![A-Za-z0-9_])sbp_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://supabase.com/docs/guides/platform/access-control" } }, { file: "rules/providers/cloud/supabase-secret-key.yaml", spec: { id: "supabase-secret-key", provider: "Supabase", credential: "Supabase secret API key", description: "Supabase secret API key", severity: "error", message: "Supabase secret API key", keywords: ["sb_secret_"], pattern: "(?<![A-Za-z0-9_-])sb_secret_[A-Za-z0-9_-]{31,64}(?![A-Za-z0-9_-])", rotate: "https://supabase.com/docs/guides/api/api-keys" } }, { file: "rules/providers/cloud/vercel-token.yaml", spec: { id: "vercel-token", provider: "Vercel", credential: "Vercel access token", description: "Vercel access token", severity: "error", message: "Vercel access token", keywords: ["vercel"], pattern: `(?:vercel[_.-]?(?:access[_.-]?|api[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9]{24})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://vercel.com/guides/how-do-i-use-a-vercel-api-access-token" } }, { file: "rules/providers/crypto-keys/jwt-unsigned.yaml", spec: { id: "jwt-unsigned", provider: "JSON Web Token", credential: "Unsigned JSON Web Token", description: "Unsigned JSON Web Token", severity: "error", message: "Unsigned JSON Web Token", keywords: ["eyj"], pattern: "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,4096}\\.eyJ[A-Za-z0-9_-]{10,8192}\\.(?![A-Za-z0-9_-])", validate: "jwt-unsigned", rotate: "https://datatracker.ietf.org/doc/html/rfc8725#section-3.1" } }, { file: "rules/providers/crypto-keys/jwt.yaml", spec: { id: "jwt", provider: "JSON Web Token", credential: "JSON Web Token", description: "JSON Web Token (a bearer credential until it expires)", severity: "error", message: "JSON Web Token", keywords: ["eyj"], pattern: "(?<![A-Za-z0-9_-])eyJ(?=([A-Za-z0-9_-]{10,4096}))\\1\\.eyJ(?=([A-Za-z0-9_-]{10,8192}))\\2\\.(?=([A-Za-z0-9_-]{10,4096}))\\3", validate: "jwt-header", rotate: "https://datatracker.ietf.org/doc/html/rfc7519" } }, { file: "rules/providers/crypto-keys/minisign-secret-key.yaml", spec: { id: "minisign-secret-key", provider: "minisign", credential: "minisign secret key", description: "minisign secret key", severity: "error", message: "minisign secret key", keywords: ["minisign encrypted secret key"], pattern: "untrusted comment: minisign encrypted secret key\\r?\\n[ \\t]*(RWRTY0Iy[A-Za-z0-9+/]{200,220}={0,2})", secretGroup: 1, rotate: "https://jedisct1.github.io/minisign/" } }, { file: "rules/providers/crypto-keys/openvpn-static-key.yaml", spec: { id: "openvpn-static-key", provider: "OpenVPN", credential: "OpenVPN static key", description: "OpenVPN static key", severity: "error", message: "OpenVPN static key", keywords: ["openvpn static key"], pattern: "-----BEGIN OpenVPN Static key V1-----\\r?\\n(?:[0-9a-f]{32}\\r?\\n){8}", rotate: "https://openvpn.net/community-resources/static-key-mini-howto/" } }, { file: "rules/providers/crypto-keys/private-key.yaml", spec: { id: "private-key", provider: "Any (PEM / OpenSSH / PGP)", credential: "Private key", description: "PEM private key (RSA, EC, DSA, OpenSSH, PKCS#8, PGP)", severity: "error", message: "Private key in plain text", keywords: ["private key"], pattern: "-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){40,32768}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----", rotate: "https://cheatsheetseries.owasp.org/cheatsheets/Key_Management_Cheat_Sheet.html" } }, { file: "rules/providers/crypto-keys/putty-private-key.yaml", spec: { id: "putty-private-key", provider: "PuTTY", credential: "PuTTY private key file", description: "PuTTY private key file", severity: "error", message: "PuTTY private key file", keywords: ["putty-user-key-file-"], pattern: "PuTTY-User-Key-File-[23]: [a-z0-9-]{7,40}\\r?\\n(?:[^\\r\\n]{0,200}\\r?\\n){1,16}?[ \\t]*Private-Lines: [0-9]{1,3}\\r?\\n[ \\t]*[A-Za-z0-9+/=]{40,}", rotate: "https://the.earth.li/~sgtatham/putty/0.78/htmldoc/Chapter8.html" } }, { file: "rules/providers/crypto-keys/wireguard-private-key.yaml", spec: { id: "wireguard-private-key", provider: "WireGuard", credential: "WireGuard private key", description: "WireGuard private key", severity: "error", message: "WireGuard private key", keywords: ["privatekey"], pattern: "(?:^|\\n)[ \\t]*PrivateKey[ \\t]{0,4}=[ \\t]{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)", secretGroup: 1, rotate: "https://www.wireguard.com/quickstart/" } }, { file: "rules/providers/infra/age-secret-key.yaml", spec: { id: "age-secret-key", provider: "age", credential: "age secret key", description: "age secret key (the identity that decrypts SOPS and Flux secrets encrypted to it)", severity: "error", message: "age secret key", keywords: ["age-secret-key-1"], pattern: "(?<![A-Za-z0-9_])AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Za-z0-9_])", validate: "bech32", rotate: "https://getsops.io/docs/#key-rotation" } }, { file: "rules/providers/infra/doppler-cli-token.yaml", spec: { id: "doppler-cli-token", provider: "Doppler", credential: "Doppler CLI token", description: "Doppler CLI token", severity: "error", message: "Doppler CLI token", keywords: ["dp.ct."], pattern: "(?<![A-Za-z0-9_])dp\\.ct\\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])", rotate: "https://docs.doppler.com/docs/service-tokens" } }, { file: "rules/providers/infra/doppler-personal-token.yaml", spec: { id: "doppler-personal-token", provider: "Doppler", credential: "Doppler personal token", description: "Doppler personal token", severity: "error", message: "Doppler personal token", keywords: ["dp.pt."], pattern: "(?<![A-Za-z0-9_])dp\\.pt\\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])", rotate: "https://docs.doppler.com/docs/service-tokens" } }, { file: "rules/providers/infra/doppler-service-account-token.yaml", spec: { id: "doppler-service-account-token", provider: "Doppler", credential: "Doppler service account token", description: "Doppler service account token", severity: "error", message: "Doppler service account token", keywords: ["dp.sa."], pattern: "(?<![A-Za-z0-9_])dp\\.sa\\.[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])", rotate: "https://docs.doppler.com/docs/service-tokens" } }, { file: "rules/providers/infra/doppler-service-token.yaml", spec: { id: "doppler-service-token", provider: "Doppler", credential: "Doppler service token", description: "Doppler service token", severity: "error", message: "Doppler service token", keywords: ["dp.st."], pattern: "(?<![A-Za-z0-9_-])dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9_])", rotate: "https://docs.doppler.com/docs/service-tokens" } }, { file: "rules/providers/infra/kubernetes-bootstrap-token.yaml", spec: { id: "kubernetes-bootstrap-token", provider: "Kubernetes", credential: "Kubernetes bootstrap token", description: "Kubernetes bootstrap token", severity: "error", message: "Kubernetes bootstrap token", keywords: ["token"], pattern: `(?:--token[ =]|--discovery-token[ =]|token[ \\t]{0,4}[:=][ \\t]{0,4}["\\']?)([a-z0-9]{6}\\.[a-z0-9]{16})(?![A-Za-z0-9_])`, secretGroup: 1, rotate: "https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/" } }, { file: "rules/providers/infra/ngrok-authtoken.yaml", spec: { id: "ngrok-authtoken", provider: "ngrok", credential: "ngrok authtoken", description: "ngrok authtoken", severity: "error", message: "ngrok authtoken", keywords: ["ngrok"], pattern: `(?:ngrok[_.-]?auth[_.-]?token|authtoken)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([0-9][A-Za-z0-9]{26}_[A-Za-z0-9]{17,21})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://ngrok.com/docs/agent/#authtokens" } }, { file: "rules/providers/infra/onepassword-secret-key.yaml", spec: { id: "onepassword-secret-key", provider: "1Password", credential: "1Password account Secret Key", description: "1Password account Secret Key", severity: "error", message: "1Password account Secret Key", keywords: ["a3-"], pattern: "(?<![A-Za-z0-9_])A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9_])", entropy: 3.5, rotate: "https://support.1password.com/secret-key/" } }, { file: "rules/providers/infra/onepassword-service-account-token.yaml", spec: { id: "onepassword-service-account-token", provider: "1Password", credential: "1Password service account token", description: "1Password service account token", severity: "error", message: "1Password service account token", keywords: ["ops_eyj"], pattern: "(?<![A-Za-z0-9_-])ops_eyJ[A-Za-z0-9+/=_-]{100,4000}", validate: "prefixed-json", rotate: "https://developer.1password.com/docs/service-accounts/manage-service-accounts/" } }, { file: "rules/providers/infra/openshift-token.yaml", spec: { id: "openshift-token", provider: "Red Hat", credential: "OpenShift OAuth access token", description: "OpenShift OAuth access token, issued by Red Hat", severity: "error", message: "OpenShift OAuth access token", keywords: ["sha256~"], pattern: "(?<![A-Za-z0-9_~-])sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", rotate: "https://docs.redhat.com/en/documentation/openshift_container_platform/4.16/html/authentication_and_authorization/managing-oauth-access-tokens" } }, { file: "rules/providers/infra/tailscale-api-key.yaml", spec: { id: "tailscale-api-key", provider: "Tailscale", credential: "Tailscale API access token", description: "Tailscale API access token", severity: "error", message: "Tailscale API access token", keywords: ["tskey-api-"], pattern: "(?<![A-Za-z0-9_])tskey-api-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}(?![A-Za-z0-9_])", rotate: "https://tailscale.com/kb/1101/api" } }, { file: "rules/providers/infra/tailscale-auth-key.yaml", spec: { id: "tailscale-auth-key", provider: "Tailscale", credential: "Tailscale auth key", description: "Tailscale auth key", severity: "error", message: "Tailscale auth key", keywords: ["tskey-auth-"], pattern: "(?<![A-Za-z0-9_])tskey-auth-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}(?![A-Za-z0-9_])", rotate: "https://tailscale.com/kb/1085/auth-keys" } }, { file: "rules/providers/infra/tailscale-oauth-client-secret.yaml", spec: { id: "tailscale-oauth-client-secret", provider: "Tailscale", credential: "Tailscale OAuth client secret", description: "Tailscale OAuth client secret", severity: "error", message: "Tailscale OAuth client secret", keywords: ["tskey-client-"], pattern: "(?<![A-Za-z0-9_])tskey-client-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40}(?![A-Za-z0-9_])", rotate: "https://tailscale.com/kb/1215/oauth-clients" } }, { file: "rules/providers/infra/vault-batch-token.yaml", spec: { id: "vault-batch-token", provider: "HashiCorp", credential: "Vault batch token", description: "Vault batch token, issued by HashiCorp", severity: "error", message: "Vault batch token", keywords: ["hvb."], pattern: "(?<![A-Za-z0-9_-])hvb\\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])", rotate: "https://developer.hashicorp.com/vault/docs/commands/token/revoke" } }, { file: "rules/providers/infra/vault-legacy-token.yaml", spec: { id: "vault-legacy-token", provider: "HashiCorp", credential: "Vault token", description: "Vault token, issued by HashiCorp", severity: "error", message: "Vault token", keywords: ["vault"], pattern: `(?:vault[_.-]?token|x-vault-token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([sb]\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://developer.hashicorp.com/vault/docs/commands/token/revoke" } }, { file: "rules/providers/infra/vault-recovery-token.yaml", spec: { id: "vault-recovery-token", provider: "HashiCorp", credential: "Vault recovery token", description: "Vault recovery token, issued by HashiCorp", severity: "error", message: "Vault recovery token", keywords: ["hvr."], pattern: "(?<![A-Za-z0-9_-])hvr\\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])", rotate: "https://developer.hashicorp.com/vault/docs/commands/token/revoke" } }, { file: "rules/providers/infra/vault-token.yaml", spec: { id: "vault-token", provider: "HashiCorp", credential: "Vault service token", description: "Vault service token, issued by HashiCorp", severity: "error", message: "Vault service token", keywords: ["hvs."], pattern: "(?<![A-Za-z0-9_-])hvs\\.[A-Za-z0-9_-]{24,300}(?![A-Za-z0-9_-])", rotate: "https://developer.hashicorp.com/vault/docs/commands/token/revoke" } }, { file: "rules/providers/observability/datadog-api-key.yaml", spec: { id: "datadog-api-key", provider: "Datadog", credential: "Datadog API key", description: "Datadog API key", severity: "error", message: "Datadog API key", keywords: ["datadog", "dd_api_key", "dd-api-key", "ddapikey"], pattern: `(?:(?:datadog|dd)[_.-]?api[_.-]?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.datadoghq.com/account_management/api-app-keys/" } }, { file: "rules/providers/observability/datadog-app-key.yaml", spec: { id: "datadog-app-key", provider: "Datadog", credential: "Datadog application key", description: "Datadog application key", severity: "error", message: "Datadog application key", keywords: ["datadog", "dd_app", "dd-app", "ddapp"], pattern: `(?:(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{40})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.datadoghq.com/account_management/api-app-keys/" } }, { file: "rules/providers/observability/dynatrace-token.yaml", spec: { id: "dynatrace-token", provider: "Dynatrace", credential: "Dynatrace API token", description: "Dynatrace API token", severity: "error", message: "Dynatrace API token", keywords: ["dt0c01.", "dt0s01.", "dt0s16.", "dt0a01."], pattern: "(?<![A-Za-z0-9_])dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}(?![A-Za-z0-9_])", rotate: "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens" } }, { file: "rules/providers/observability/elastic-cloud-api-key.yaml", spec: { id: "elastic-cloud-api-key", provider: "Elastic", credential: "Elastic Cloud API key", description: "Elastic Cloud API key", severity: "error", message: "Elastic Cloud API key", keywords: ["essu_"], pattern: "(?<![A-Za-z0-9_])essu_[A-Za-z0-9+/]{60,200}={0,2}", rotate: "https://www.elastic.co/guide/en/cloud/current/ec-api-authentication.html" } }, { file: "rules/providers/observability/grafana-api-key.yaml", spec: { id: "grafana-api-key", provider: "Grafana Labs", credential: "Grafana API key", description: "Grafana API key", severity: "error", message: "Grafana API key", keywords: ["eyjrijoi"], pattern: "(?<![A-Za-z0-9_])eyJrIjoi[A-Za-z0-9+/]{40,300}={0,2}", rotate: "https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/" } }, { file: "rules/providers/observability/grafana-cloud-token.yaml", spec: { id: "grafana-cloud-token", provider: "Grafana Labs", credential: "Grafana Cloud access policy token", description: "Grafana Cloud access policy token", severity: "error", message: "Grafana Cloud access policy token", keywords: ["glc_eyj"], pattern: "(?<![A-Za-z0-9_-])glc_eyJ[A-Za-z0-9+/=_-]{40,1000}", validate: "prefixed-json", rotate: "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/" } }, { file: "rules/providers/observability/grafana-service-account-token.yaml", spec: { id: "grafana-service-account-token", provider: "Grafana Labs", credential: "Grafana service account token", description: "Grafana service account token", severity: "error", message: "Grafana service account token", keywords: ["glsa_"], pattern: "(?<![A-Za-z0-9_])glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}(?![A-Za-z0-9_])", validate: "grafana-crc32", rotate: "https://grafana.com/docs/grafana/latest/administration/service-accounts/" } }, { file: "rules/providers/observability/honeycomb-api-key.yaml", spec: { id: "honeycomb-api-key", provider: "Honeycomb", credential: "Honeycomb API key", description: "Honeycomb API key", severity: "error", message: "Honeycomb API key", keywords: ["hcaik_", "hcxik_", "hcamk_", "hcxmk_"], pattern: "(?<![A-Za-z0-9_])hc[ax][im]k_[0-9a-z]{58}(?![A-Za-z0-9_])", rotate: "https://docs.honeycomb.io/configure/environments/manage-api-keys/" } }, { file: "rules/providers/observability/honeycomb-configuration-key.yaml", spec: { id: "honeycomb-configuration-key", provider: "Honeycomb", credential: "Honeycomb configuration key", description: "Honeycomb configuration key", severity: "error", message: "Honeycomb configuration key", keywords: ["honeycomb"], pattern: `(?:honeycomb[_.-]?(?:api[_.-]?|write[_.-]?|configuration[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.honeycomb.io/configure/environments/manage-api-keys/" } }, { file: "rules/providers/observability/launchdarkly-api-token.yaml", spec: { id: "launchdarkly-api-token", provider: "LaunchDarkly", credential: "LaunchDarkly API access token", description: "LaunchDarkly API access token", severity: "error", message: "LaunchDarkly API access token", keywords: ["api-"], pattern: "(?<![A-Za-z0-9_])api-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])", rotate: "https://docs.launchdarkly.com/home/account/api" } }, { file: "rules/providers/observability/launchdarkly-sdk-key.yaml", spec: { id: "launchdarkly-sdk-key", provider: "LaunchDarkly", credential: "LaunchDarkly server-side SDK key", description: "LaunchDarkly server-side SDK key", severity: "error", message: "LaunchDarkly server-side SDK key", keywords: ["sdk-"], pattern: "(?<![A-Za-z0-9_])sdk-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])", rotate: "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys" } }, { file: "rules/providers/observability/newrelic-browser-key.yaml", spec: { id: "newrelic-browser-key", provider: "New Relic", credential: "New Relic browser API key", description: "New Relic browser API key", severity: "warning", message: "New Relic browser API key", keywords: ["nrjs-"], pattern: "(?<![A-Za-z0-9_])NRJS-[a-f0-9]{19}(?![A-Za-z0-9_])", rotate: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/" } }, { file: "rules/providers/observability/newrelic-insert-key.yaml", spec: { id: "newrelic-insert-key", provider: "New Relic", credential: "New Relic Insights insert key", description: "New Relic Insights insert key", severity: "error", message: "New Relic Insights insert key", keywords: ["nrii-"], pattern: "(?<![A-Za-z0-9_-])NRII-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])", rotate: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/" } }, { file: "rules/providers/observability/newrelic-license-key.yaml", spec: { id: "newrelic-license-key", provider: "New Relic", credential: "New Relic ingest license key", description: "New Relic ingest license key", severity: "error", message: "New Relic ingest license key", keywords: ["nral"], pattern: "(?<![A-Za-z0-9_])[a-f0-9]{36}NRAL(?![A-Za-z0-9_])", rotate: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/" } }, { file: "rules/providers/observability/newrelic-query-key.yaml", spec: { id: "newrelic-query-key", provider: "New Relic", credential: "New Relic Insights query key", description: "New Relic Insights query key", severity: "error", message: "New Relic Insights query key", keywords: ["nriq-"], pattern: "(?<![A-Za-z0-9_-])NRIQ-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])", rotate: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/" } }, { file: "rules/providers/observability/newrelic-rest-api-key.yaml", spec: { id: "newrelic-rest-api-key", provider: "New Relic", credential: "New Relic REST API key", description: "New Relic REST API key", severity: "error", message: "New Relic REST API key", keywords: ["nrra-"], pattern: "(?<![A-Za-z0-9_])NRRA-[a-f0-9]{42}(?![A-Za-z0-9_])", rotate: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/" } }, { file: "rules/providers/observability/newrelic-user-api-key.yaml", spec: { id: "newrelic-user-api-key", provider: "New Relic", credential: "New Relic user API key", description: "New Relic user API key", severity: "error", message: "New Relic user API key", keywords: ["nrak-"], pattern: "(?<![A-Za-z0-9_])NRAK-[A-Z0-9]{27}(?![A-Za-z0-9_])", rotate: "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/" } }, { file: "rules/providers/observability/opsgenie-api-key.yaml", spec: { id: "opsgenie-api-key", provider: "Atlassian", credential: "Opsgenie API key", description: "Opsgenie API key, issued by Atlassian", severity: "error", message: "Opsgenie API key", keywords: ["opsgenie"], pattern: `(?:opsgenie[_.-]?(?:api[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://support.atlassian.com/opsgenie/docs/api-key-management/" } }, { file: "rules/providers/observability/pagerduty-api-key.yaml", spec: { id: "pagerduty-api-key", provider: "PagerDuty", credential: "PagerDuty API key", description: "PagerDuty API key", severity: "error", message: "PagerDuty API key", keywords: ["pagerduty", "pd_api", "pd_token"], pattern: `(?:(?:pagerduty|pd)[_.-]?(?:api[_.-]?|user[_.-]?)?(?:key|token))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9_+-]{20})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://support.pagerduty.com/main/docs/api-access-keys" } }, { file: "rules/providers/observability/rollbar-access-token.yaml", spec: { id: "rollbar-access-token", provider: "Rollbar", credential: "Rollbar access token", description: "Rollbar access token", severity: "error", message: "Rollbar access token", keywords: ["rollbar"], pattern: `(?:rollbar[_.-]?(?:server[_.-]?|post[_.-]?server[_.-]?item[_.-]?|read[_.-]?|write[_.-]?)?(?:access[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.rollbar.com/docs/access-tokens" } }, { file: "rules/providers/observability/sentry-dsn.yaml", spec: { id: "sentry-dsn", provider: "Sentry", credential: "Sentry DSN", description: "Sentry DSN: public by design in browsers, but lets anyone send events to the project", severity: "note", message: "Sentry DSN", keywords: ["ingest.sentry.io", "ingest.us.sentry.io", "ingest.de.sentry.io"], pattern: "(?<![A-Za-z0-9+.-])https://([a-f0-9]{32})@o[0-9]{1,12}\\.ingest\\.(?:[a-z]{2}\\.)?sentry\\.io/[0-9]{1,12}", secretGroup: 1, rotate: "https://docs.sentry.io/concepts/key-terms/dsn-explainer/" } }, { file: "rules/providers/observability/sentry-org-token.yaml", spec: { id: "sentry-org-token", provider: "Sentry", credential: "Sentry organization auth token", description: "Sentry organization auth token", severity: "error", message: "Sentry organization auth token", keywords: ["sntrys_"], pattern: "(?<![A-Za-z0-9_])sntrys_eyJ[A-Za-z0-9+/=]{40,1000}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9_])", validate: "sentry-org-token", rotate: "https://docs.sentry.io/account/auth-tokens/" } }, { file: "rules/providers/observability/sentry-user-token.yaml", spec: { id: "sentry-user-token", provider: "Sentry", credential: "Sentry user auth token", description: "Sentry user auth token", severity: "error", message: "Sentry user auth token", keywords: ["sntryu_"], pattern: "(?<![A-Za-z0-9_])sntryu_[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://docs.sentry.io/account/auth-tokens/" } }, { file: "rules/providers/observability/splunk-hec-token.yaml", spec: { id: "splunk-hec-token", provider: "Splunk", credential: "Splunk HEC token", description: "Splunk HEC token", severity: "error", message: "Splunk HEC token", keywords: ["splunk", "hec_token", "hec-token"], pattern: `(?:(?:splunk[_.-]?(?:hec[_.-]?)?|hec[_.-]?)token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector" } }, { file: "rules/providers/payments/braintree-access-token.yaml", spec: { id: "braintree-access-token", provider: "PayPal", credential: "Braintree / PayPal access token", description: "Braintree / PayPal access token", severity: "error", message: "Braintree / PayPal access token", keywords: ["access_token$production$", "access_token$sandbox$"], pattern: "(?<![A-Za-z0-9_])access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}(?![A-Za-z0-9_])", rotate: "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials" } }, { file: "rules/providers/payments/duffel-api-token.yaml", spec: { id: "duffel-api-token", provider: "Duffel", credential: "Duffel access token", description: "Duffel access token", severity: "error", message: "Duffel access token", keywords: ["duffel_live_", "duffel_test_"], pattern: "(?<![A-Za-z0-9_-])duffel_(?:live|test)_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", rotate: "https://duffel.com/docs/api/overview/making-requests/authentication" } }, { file: "rules/providers/payments/easypost-api-key.yaml", spec: { id: "easypost-api-key", provider: "EasyPost", credential: "EasyPost API key", description: "EasyPost API key", severity: "error", message: "EasyPost API key", keywords: ["ezak", "eztk"], pattern: "(?<![A-Za-z0-9_])EZ[AT]K[a-f0-9]{54}(?![A-Za-z0-9_])", rotate: "https://docs.easypost.com/docs/authentication" } }, { file: "rules/providers/payments/flutterwave-secret-key.yaml", spec: { id: "flutterwave-secret-key", provider: "Flutterwave", credential: "Flutterwave secret key", description: "Flutterwave secret key", severity: "error", message: "Flutterwave secret key", keywords: ["flwseck"], pattern: "(?<![A-Za-z0-9_])FLWSECK(?:_TEST)?-[a-f0-9]{32}-X(?![A-Za-z0-9_])", rotate: "https://developer.flutterwave.com/docs/api-keys" } }, { file: "rules/providers/payments/plaid-access-token.yaml", spec: { id: "plaid-access-token", provider: "Plaid", credential: "Plaid access token", description: "Plaid access token", severity: "error", message: "Plaid access token", keywords: ["access-production-", "access-development-", "access-sandbox-"], pattern: "(?<![A-Za-z0-9_])access-(?:production|development|sandbox)-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])", rotate: "https://plaid.com/docs/api/items/#itemremove" } }, { file: "rules/providers/payments/shippo-api-token.yaml", spec: { id: "shippo-api-token", provider: "Shippo", credential: "Shippo API token", description: "Shippo API token", severity: "error", message: "Shippo API token", keywords: ["shippo_live_", "shippo_test_"], pattern: "(?<![A-Za-z0-9_])shippo_(?:live|test)_[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://docs.goshippo.com/docs/guides_general/authentication/" } }, { file: "rules/providers/payments/shopify-access-token.yaml", spec: { id: "shopify-access-token", provider: "Shopify", credential: "Shopify Admin API access token", description: "Shopify Admin API access token", severity: "error", message: "Shopify Admin API access token", keywords: ["shpat_"], pattern: "(?<![A-Za-z0-9_])shpat_[a-fA-F0-9]{32}(?![A-Za-z0-9_])", rotate: "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials" } }, { file: "rules/providers/payments/shopify-custom-app-token.yaml", spec: { id: "shopify-custom-app-token", provider: "Shopify", credential: "Shopify custom app access token", description: "Shopify custom app access token", severity: "error", message: "Shopify custom app access token", keywords: ["shpca_"], pattern: "(?<![A-Za-z0-9_])shpca_[a-fA-F0-9]{32}(?![A-Za-z0-9_])", rotate: "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials" } }, { file: "rules/providers/payments/shopify-private-app-token.yaml", spec: { id: "shopify-private-app-token", provider: "Shopify", credential: "Shopify private app password", description: "Shopify private app password", severity: "error", message: "Shopify private app password", keywords: ["shppa_"], pattern: "(?<![A-Za-z0-9_])shppa_[a-fA-F0-9]{32}(?![A-Za-z0-9_])", rotate: "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials" } }, { file: "rules/providers/payments/shopify-shared-secret.yaml", spec: { id: "shopify-shared-secret", provider: "Shopify", credential: "Shopify app shared secret", description: "Shopify app shared secret", severity: "error", message: "Shopify app shared secret", keywords: ["shpss_"], pattern: "(?<![A-Za-z0-9_])shpss_[a-fA-F0-9]{32}(?![A-Za-z0-9_])", rotate: "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets/rotate-revoke-client-credentials" } }, { file: "rules/providers/payments/square-access-token.yaml", spec: { id: "square-access-token", provider: "Square", credential: "Square access token", description: "Square access token", severity: "error", message: "Square access token", keywords: ["eaaa", "sq0atp-"], pattern: "(?<![A-Za-z0-9_-])(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])", rotate: "https://developer.squareup.com/docs/build-basics/access-tokens" } }, { file: "rules/providers/payments/square-oauth-secret.yaml", spec: { id: "square-oauth-secret", provider: "Square", credential: "Square application secret", description: "Square application secret", severity: "error", message: "Square application secret", keywords: ["sq0csp-"], pattern: "(?<![A-Za-z0-9_-])sq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", rotate: "https://developer.squareup.com/docs/build-basics/access-tokens" } }, { file: "rules/providers/payments/stripe-key.yaml", spec: { id: "stripe-key", provider: "Stripe", credential: "Stripe live secret key", description: "Stripe live secret key", severity: "error", message: "Stripe live secret key", keywords: ["sk_live_"], pattern: "(?<![A-Za-z0-9_])sk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])", rotate: "https://docs.stripe.com/keys#rolling-keys" } }, { file: "rules/providers/payments/stripe-restricted-key.yaml", spec: { id: "stripe-restricted-key", provider: "Stripe", credential: "Stripe restricted API key", description: "Stripe restricted API key", severity: "error", message: "Stripe restricted API key", keywords: ["rk_live_"], pattern: "(?<![A-Za-z0-9_])rk_live_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])", rotate: "https://docs.stripe.com/keys#rolling-keys" } }, { file: "rules/providers/payments/stripe-test-restricted-key.yaml", spec: { id: "stripe-test-restricted-key", provider: "Stripe", credential: "Stripe test-mode restricted key", description: "Stripe test-mode restricted key", severity: "warning", message: "Stripe test-mode restricted key", keywords: ["rk_test_"], pattern: "(?<![A-Za-z0-9_])rk_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])", rotate: "https://docs.stripe.com/keys#rolling-keys" } }, { file: "rules/providers/payments/stripe-test-secret-key.yaml", spec: { id: "stripe-test-secret-key", provider: "Stripe", credential: "Stripe test-mode secret key", description: "Stripe test-mode secret key", severity: "warning", message: "Stripe test-mode secret key", keywords: ["sk_test_"], pattern: "(?<![A-Za-z0-9_])sk_test_[A-Za-z0-9]{24,247}(?![A-Za-z0-9_])", rotate: "https://docs.stripe.com/keys#rolling-keys" } }, { file: "rules/providers/payments/stripe-webhook-secret.yaml", spec: { id: "stripe-webhook-secret", provider: "Stripe", credential: "Stripe webhook signing secret", description: "Stripe webhook signing secret", severity: "error", message: "Stripe webhook signing secret", keywords: ["whsec_"], pattern: "(?<![A-Za-z0-9_])whsec_[A-Za-z0-9+/]{32,64}(?![A-Za-z0-9_])", rotate: "https://docs.stripe.com/webhooks#roll-endpoint-secrets" } }, { file: "rules/providers/saas/airtable-pat.yaml", spec: { id: "airtable-pat", provider: "Airtable", credential: "Airtable personal access token", description: "Airtable personal access token", severity: "error", message: "Airtable personal access token", keywords: ["pat"], pattern: "(?<![A-Za-z0-9_])pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://support.airtable.com/docs/creating-personal-access-tokens" } }, { file: "rules/providers/saas/algolia-admin-key.yaml", spec: { id: "algolia-admin-key", provider: "Algolia", credential: "Algolia admin API key", description: "Algolia admin API key", severity: "error", message: "Algolia admin API key", keywords: ["algolia"], pattern: `(?:algolia[_.-]?(?:admin|write)[_.-]?(?:api[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://www.algolia.com/doc/guides/security/api-keys/" } }, { file: "rules/providers/saas/asana-pat.yaml", spec: { id: "asana-pat", provider: "Asana", credential: "Asana personal access token", description: "Asana personal access token", severity: "error", message: "Asana personal access token", keywords: ["asana"], pattern: `(?:asana[_.-]?(?:personal[_.-]?access[_.-]?|access[_.-]?|api[_.-]?)?(?:token|key|pat))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([12]/[0-9]{13,16}(?:/[0-9]{13,16})?:[a-f0-9]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://developers.asana.com/docs/personal-access-token" } }, { file: "rules/providers/saas/brevo-api-key.yaml", spec: { id: "brevo-api-key", provider: "Brevo", credential: "Brevo API key", description: "Brevo API key", severity: "error", message: "Brevo API key", keywords: ["xkeysib-"], pattern: "(?<![A-Za-z0-9_])xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_])", rotate: "https://help.brevo.com/hc/en-us/articles/209467485-Create-and-manage-your-API-keys" } }, { file: "rules/providers/saas/brevo-smtp-key.yaml", spec: { id: "brevo-smtp-key", provider: "Brevo", credential: "Brevo SMTP key", description: "Brevo SMTP key", severity: "error", message: "Brevo SMTP key", keywords: ["xsmtpsib-"], pattern: "(?<![A-Za-z0-9_])xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![A-Za-z0-9_])", rotate: "https://help.brevo.com/hc/en-us/articles/7959631848850" } }, { file: "rules/providers/saas/cloudinary-url.yaml", spec: { id: "cloudinary-url", provider: "Cloudinary", credential: "Cloudinary API secret", description: "Cloudinary API secret", severity: "error", message: "Cloudinary API secret", keywords: ["cloudinary://"], pattern: "cloudinary:\\/\\/[0-9]{12,16}:([A-Za-z0-9_-]{27})@[a-z0-9-]{1,64}", secretGroup: 1, rotate: "https://cloudinary.com/documentation/how_to_integrate_cloudinary" } }, { file: "rules/providers/saas/contentful-pat.yaml", spec: { id: "contentful-pat", provider: "Contentful", credential: "Contentful personal access token", description: "Contentful personal access token", severity: "error", message: "Contentful personal access token", keywords: ["cfpat-"], pattern: "(?<![A-Za-z0-9_-])CFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", rotate: "https://www.contentful.com/developers/docs/references/authentication/" } }, { file: "rules/providers/saas/dropbox-access-token.yaml", spec: { id: "dropbox-access-token", provider: "Dropbox", credential: "Dropbox short-lived access token", description: "Dropbox short-lived access token", severity: "error", message: "Dropbox short-lived access token", keywords: ["sl."], pattern: "(?<![A-Za-z0-9_-])sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}(?![A-Za-z0-9_-])", rotate: "https://developers.dropbox.com/oauth-guide" } }, { file: "rules/providers/saas/fastly-api-token.yaml", spec: { id: "fastly-api-token", provider: "Fastly", credential: "Fastly API token", description: "Fastly API token", severity: "error", message: "Fastly API token", keywords: ["fastly"], pattern: `(?:fastly[_.-]?(?:api[_.-]?)?(?:token|key))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://docs.fastly.com/en/guides/using-api-tokens" } }, { file: "rules/providers/saas/figma-pat.yaml", spec: { id: "figma-pat", provider: "Figma", credential: "Figma personal access token", description: "Figma personal access token", severity: "error", message: "Figma personal access token", keywords: ["figd_"], pattern: "(?<![A-Za-z0-9_-])figd_[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])", rotate: "https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens" } }, { file: "rules/providers/saas/frameio-token.yaml", spec: { id: "frameio-token", provider: "Frame.io", credential: "Frame.io developer token", description: "Frame.io developer token", severity: "error", message: "Frame.io developer token", keywords: ["fio-u-"], pattern: "(?<![A-Za-z0-9_-])fio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_-])", rotate: "https://developer.frame.io/docs/getting-started/authentication" } }, { file: "rules/providers/saas/hubspot-private-app-token.yaml", spec: { id: "hubspot-private-app-token", provider: "HubSpot", credential: "HubSpot private app access token", description: "HubSpot private app access token", severity: "error", message: "HubSpot private app access token", keywords: ["pat-na", "pat-eu"], pattern: "(?<![A-Za-z0-9_])pat-(?:na|eu)[0-9]-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?![A-Za-z0-9_])", rotate: "https://developers.hubspot.com/docs/guides/apps/private-apps/overview" } }, { file: "rules/providers/saas/linear-api-key.yaml", spec: { id: "linear-api-key", provider: "Linear", credential: "Linear personal API key", description: "Linear personal API key", severity: "error", message: "Linear personal API key", keywords: ["lin_api_"], pattern: "(?<![A-Za-z0-9_])lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_])", rotate: "https://linear.app/developers/graphql#personal-api-keys" } }, { file: "rules/providers/saas/linear-oauth-token.yaml", spec: { id: "linear-oauth-token", provider: "Linear", credential: "Linear OAuth access token", description: "Linear OAuth access token", severity: "error", message: "Linear OAuth access token", keywords: ["lin_oauth_"], pattern: "(?<![A-Za-z0-9_])lin_oauth_[a-f0-9]{64}(?![A-Za-z0-9_])", rotate: "https://linear.app/developers/oauth-2-0-authentication" } }, { file: "rules/providers/saas/mailchimp-api-key.yaml", spec: { id: "mailchimp-api-key", provider: "Mailchimp", credential: "Mailchimp API key", description: "Mailchimp API key", severity: "error", message: "Mailchimp API key", keywords: ["-us"], pattern: "(?<![A-Za-z0-9_])[a-f0-9]{32}-us[0-9]{1,2}(?![A-Za-z0-9_])", rotate: "https://mailchimp.com/help/about-api-keys/" } }, { file: "rules/providers/saas/mailgun-api-key.yaml", spec: { id: "mailgun-api-key", provider: "Mailgun", credential: "Mailgun API key", description: "Mailgun API key", severity: "error", message: "Mailgun API key", keywords: ["key-"], pattern: "(?<![A-Za-z0-9_])key-[a-f0-9]{32}(?![A-Za-z0-9_])", rotate: "https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials" } }, { file: "rules/providers/saas/mailgun-private-key.yaml", spec: { id: "mailgun-private-key", provider: "Mailgun", credential: "Mailgun private API key", description: "Mailgun private API key", severity: "error", message: "Mailgun private API key", keywords: ["mailgun", "mg_"], pattern: `(?:(?:mailgun|mg)[_.-]?(?:private[_.-]?|api[_.-]?|webhook[_.-]?signing[_.-]?)?(?:api[_.-]?)?key)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://help.mailgun.com/hc/en-us/articles/203380100-Where-can-I-find-my-API-keys-and-SMTP-credentials" } }, { file: "rules/providers/saas/mapbox-secret-token.yaml", spec: { id: "mapbox-secret-token", provider: "Mapbox", credential: "Mapbox secret access token", description: "Mapbox secret access token", severity: "error", message: "Mapbox secret access token", keywords: ["sk.eyj1ijoi"], pattern: "(?<![A-Za-z0-9_-])sk\\.eyJ1Ijoi[A-Za-z0-9_-]{10,200}\\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])", rotate: "https://docs.mapbox.com/help/glossary/access-token/" } }, { file: "rules/providers/saas/notion-integration-token.yaml", spec: { id: "notion-integration-token", provider: "Notion", credential: "Notion integration token", description: "Notion integration token", severity: "error", message: "Notion integration token", keywords: ["ntn_", "secret_"], pattern: "(?<![A-Za-z0-9_])(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])", entropy: 3.5, rotate: "https://developers.notion.com/docs/authorization" } }, { file: "rules/providers/saas/postman-api-key.yaml", spec: { id: "postman-api-key", provider: "Postman", credential: "Postman API key", description: "Postman API key", severity: "error", message: "Postman API key", keywords: ["pmak-"], pattern: "(?<![A-Za-z0-9_])PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9_])", rotate: "https://learning.postman.com/docs/developer/postman-api/authentication/" } }, { file: "rules/providers/saas/postmark-server-token.yaml", spec: { id: "postmark-server-token", provider: "Postmark", credential: "Postmark server API token", description: "Postmark server API token", severity: "error", message: "Postmark server API token", keywords: ["postmark"], pattern: `(?:postmark[_.-]?(?:server[_.-]?|account[_.-]?|api[_.-]?)?(?:api[_.-]?)?(?:token|key))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens" } }, { file: "rules/providers/saas/prefect-api-key.yaml", spec: { id: "prefect-api-key", provider: "Prefect", credential: "Prefect Cloud API key", description: "Prefect Cloud API key", severity: "error", message: "Prefect Cloud API key", keywords: ["pnu_"], pattern: "(?<![A-Za-z0-9_])pnu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", rotate: "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys" } }, { file: "rules/providers/saas/readme-api-key.yaml", spec: { id: "readme-api-key", provider: "ReadMe", credential: "ReadMe API key", description: "ReadMe API key", severity: "error", message: "ReadMe API key", keywords: ["rdme_"], pattern: "(?<![A-Za-z0-9_])rdme_[a-z0-9]{70}(?![A-Za-z0-9_])", rotate: "https://docs.readme.com/main/reference/intro/authentication" } }, { file: "rules/providers/saas/sendgrid-api-key.yaml", spec: { id: "sendgrid-api-key", provider: "Twilio SendGrid", credential: "SendGrid API key", description: "SendGrid API key, issued by Twilio SendGrid", severity: "error", message: "SendGrid API key", keywords: ["sg."], pattern: "(?<![A-Za-z0-9_-])SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", rotate: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys" } }, { file: "rules/providers/saas/typeform-pat.yaml", spec: { id: "typeform-pat", provider: "Typeform", credential: "Typeform personal access token", description: "Typeform personal access token", severity: "error", message: "Typeform personal access token", keywords: ["tfp_"], pattern: "(?<![A-Za-z0-9_-])tfp_[A-Za-z0-9_-]{40,70}(?![A-Za-z0-9_-])", rotate: "https://www.typeform.com/developers/get-started/personal-access-token/" } }, { file: "rules/providers/saas/zendesk-api-token.yaml", spec: { id: "zendesk-api-token", provider: "Zendesk", credential: "Zendesk API token", description: "Zendesk API token", severity: "error", message: "Zendesk API token", keywords: ["zendesk"], pattern: `(?:zendesk[_.-]?(?:api[_.-]?)?token)["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([A-Za-z0-9]{40})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, entropy: 3.5, rotate: "https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API" } }, { file: "rules/providers/vcs/atlassian-api-token.yaml", spec: { id: "atlassian-api-token", provider: "Atlassian", credential: "Atlassian API token", description: "Atlassian API token", severity: "error", message: "Atlassian API token", keywords: ["atatt3"], pattern: "(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_-]{150,250}=[A-F0-9]{8}(?![A-Za-z0-9_=-])", rotate: "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/" } }, { file: "rules/providers/vcs/azure-devops-pat-legacy.yaml", spec: { id: "azure-devops-pat-legacy", provider: "Microsoft", credential: "Azure DevOps personal access token", description: "Azure DevOps personal access token, issued by Microsoft", severity: "error", message: "Azure DevOps personal access token", keywords: ["azure_devops", "azure-devops", "azuredevops", "ado_pat", "ado_token", "system_accesstoken", "vsts"], pattern: `(?:azure[_.-]?devops[_.-]?(?:personal[_.-]?access[_.-]?)?(?:pat|token)|ado[_.-]?(?:pat|token)|system[_.-]?accesstoken|vsts[_.-]?(?:pat|token))["\\']?[ \\t]{0,4}(?:=>|:=|=|:)[ \\t]{0,4}["\\']?([a-z2-7]{52})(?![A-Za-z0-9_-])`, flags: "i", secretGroup: 1, rotate: "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate" } }, { file: "rules/providers/vcs/azure-devops-pat.yaml", spec: { id: "azure-devops-pat", provider: "Microsoft", credential: "Azure DevOps personal access token", description: "Azure DevOps personal access token, issued by Microsoft", severity: "error", message: "Azure DevOps personal access token", keywords: ["azdo"], pattern: "(?<![A-Za-z0-9_])[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9]{18}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9_])", rotate: "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate" } }, { file: "rules/providers/vcs/bitbucket-access-token.yaml", spec: { id: "bitbucket-access-token", provider: "Atlassian", credential: "Bitbucket access token", description: "Bitbucket access token, issued by Atlassian", severity: "error", message: "Bitbucket access token", keywords: ["atctt3"], pattern: "(?<![A-Za-z0-9_-])ATCTT3[A-Za-z0-9_-]{150,250}=[A-F0-9]{8}(?![A-Za-z0-9_=-])", rotate: "https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/" } }, { file: "rules/providers/vcs/bitbucket-app-password.yaml", spec: { id: "bitbucket-app-password", provider: "Atlassian", credential: "Bitbucket app password", description: "Bitbucket app password, issued by Atlassian", severity: "error", message: "Bitbucket app password", keywords: ["atbb"], pattern: "(?<![A-Za-z0-9_-])ATBB[A-Za-z0-9_=.-]{32}(?![A-Za-z0-9_])", rotate: "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/" } }, { file: "rules/providers/vcs/github-fine-grained-pat.yaml", spec: { id: "github-fine-grained-pat", provider: "GitHub", credential: "GitHub fine-grained personal access token", description: "GitHub fine-grained personal access token", severity: "error", message: "GitHub fine-grained personal access token", keywords: ["github_pat_"], pattern: "(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])", rotate: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens" } }, { file: "rules/providers/vcs/github-installation-token.yaml", spec: { id: "github-installation-token", provider: "GitHub", credential: "GitHub App installation access token", description: "GitHub App installation access token", severity: "error", message: "GitHub App installation access token", keywords: ["ghs_"], pattern: "(?<![A-Za-z0-9_])ghs_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", validate: "github-crc32", rotate: "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token" } }, { file: "rules/providers/vcs/github-oauth-token.yaml", spec: { id: "github-oauth-token", provider: "GitHub", credential: "GitHub OAuth access token", description: "GitHub OAuth access token", severity: "error", message: "GitHub OAuth access token", keywords: ["gho_"], pattern: "(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", validate: "github-crc32", rotate: "https://docs.github.com/en/rest/apps/oauth-applications#delete-an-app-token" } }, { file: "rules/providers/vcs/github-refresh-token.yaml", spec: { id: "github-refresh-token", provider: "GitHub", credential: "GitHub App refresh token", description: "GitHub App refresh token", severity: "error", message: "GitHub App refresh token", keywords: ["ghr_"], pattern: "(?<![A-Za-z0-9_])ghr_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", validate: "github-crc32", rotate: "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/refreshing-user-access-tokens" } }, { file: "rules/providers/vcs/github-token.yaml", spec: { id: "github-token", provider: "GitHub", credential: "GitHub classic personal access token", description: "GitHub classic personal access token", severity: "error", message: "GitHub classic personal access token", keywords: ["ghp_"], pattern: "(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", validate: "github-crc32", rotate: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens" } }, { file: "rules/providers/vcs/github-user-to-server-token.yaml", spec: { id: "github-user-to-server-token", provider: "GitHub", credential: "GitHub App user access token", description: "GitHub App user access token", severity: "error", message: "GitHub App user access token", keywords: ["ghu_"], pattern: "(?<![A-Za-z0-9_])ghu_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", validate: "github-crc32", rotate: "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-user-access-token-for-a-github-app" } }, { file: "rules/providers/vcs/gitlab-agent-token.yaml", spec: { id: "gitlab-agent-token", provider: "GitLab", credential: "GitLab agent for Kubernetes token", description: "GitLab agent for Kubernetes token", severity: "error", message: "GitLab agent for Kubernetes token", keywords: ["glagent-"], pattern: "(?<![A-Za-z0-9_-])glagent-[A-Za-z0-9_-]{50,300}(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/user/clusters/agent/work_with_agent/" } }, { file: "rules/providers/vcs/gitlab-deploy-token.yaml", spec: { id: "gitlab-deploy-token", provider: "GitLab", credential: "GitLab deploy token", description: "GitLab deploy token", severity: "error", message: "GitLab deploy token", keywords: ["gldt-"], pattern: "(?<![A-Za-z0-9_-])gldt-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/user/project/deploy_tokens/" } }, { file: "rules/providers/vcs/gitlab-feature-flag-token.yaml", spec: { id: "gitlab-feature-flag-token", provider: "GitLab", credential: "GitLab feature flags client token", description: "GitLab feature flags client token", severity: "error", message: "GitLab feature flags client token", keywords: ["glffct-"], pattern: "(?<![A-Za-z0-9_-])glffct-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/operations/feature_flags/" } }, { file: "rules/providers/vcs/gitlab-feed-token.yaml", spec: { id: "gitlab-feed-token", provider: "GitLab", credential: "GitLab feed token", description: "GitLab feed token", severity: "error", message: "GitLab feed token", keywords: ["glft-"], pattern: "(?<![A-Za-z0-9_-])glft-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/security/tokens/#feed-token" } }, { file: "rules/providers/vcs/gitlab-incoming-mail-token.yaml", spec: { id: "gitlab-incoming-mail-token", provider: "GitLab", credential: "GitLab incoming email token", description: "GitLab incoming email token", severity: "error", message: "GitLab incoming email token", keywords: ["glimt-"], pattern: "(?<![A-Za-z0-9_-])glimt-[A-Za-z0-9_-]{25,300}(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/security/tokens/#incoming-email-token" } }, { file: "rules/providers/vcs/gitlab-job-token.yaml", spec: { id: "gitlab-job-token", provider: "GitLab", credential: "GitLab CI/CD job token", description: "GitLab CI/CD job token", severity: "error", message: "GitLab CI/CD job token", keywords: ["glcbt-"], pattern: "(?<![A-Za-z0-9_-])glcbt-(?:[0-9a-f]{1,5}_)?[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/ci/jobs/ci_job_token/" } }, { file: "rules/providers/vcs/gitlab-oauth-app-secret.yaml", spec: { id: "gitlab-oauth-app-secret", provider: "GitLab", credential: "GitLab OAuth application secret", description: "GitLab OAuth application secret", severity: "error", message: "GitLab OAuth application secret", keywords: ["gloas-"], pattern: "(?<![A-Za-z0-9_-])gloas-[a-f0-9]{64}(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/integration/oauth_provider/" } }, { file: "rules/providers/vcs/gitlab-runner-registration-token.yaml", spec: { id: "gitlab-runner-registration-token", provider: "GitLab", credential: "GitLab runner registration token", description: "GitLab runner registration token", severity: "error", message: "GitLab runner registration token", keywords: ["gr1348941"], pattern: "(?<![A-Za-z0-9_-])GR1348941[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/ci/runners/new_creation_workflow/" } }, { file: "rules/providers/vcs/gitlab-runner-token.yaml", spec: { id: "gitlab-runner-token", provider: "GitLab", credential: "GitLab runner authentication token", description: "GitLab runner authentication token", severity: "error", message: "GitLab runner authentication token", keywords: ["glrt-"], pattern: "(?<![A-Za-z0-9_-])glrt-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/ci/runners/runners_scope/" } }, { file: "rules/providers/vcs/gitlab-scim-token.yaml", spec: { id: "gitlab-scim-token", provider: "GitLab", credential: "GitLab SCIM token", description: "GitLab SCIM token", severity: "error", message: "GitLab SCIM token", keywords: ["glsoat-"], pattern: "(?<![A-Za-z0-9_-])glsoat-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/user/group/saml_sso/scim_setup/" } }, { file: "rules/providers/vcs/gitlab-token.yaml", spec: { id: "gitlab-token", provider: "GitLab", credential: "GitLab personal access token", description: "GitLab personal access token", severity: "error", message: "GitLab personal access token", keywords: ["glpat-"], pattern: "(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,10})?(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/user/profile/personal_access_tokens/" } }, { file: "rules/providers/vcs/gitlab-trigger-token.yaml", spec: { id: "gitlab-trigger-token", provider: "GitLab", credential: "GitLab pipeline trigger token", description: "GitLab pipeline trigger token", severity: "error", message: "GitLab pipeline trigger token", keywords: ["glptt-"], pattern: "(?<![A-Za-z0-9_-])glptt-[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])", rotate: "https://docs.gitlab.com/ci/triggers/" } }, { file: "rules/providers/vcs/sourcegraph-token.yaml", spec: { id: "sourcegraph-token", provider: "Sourcegraph", credential: "Sourcegraph access token", description: "Sourcegraph access token", severity: "error", message: "Sourcegraph access token", keywords: ["sgp_"], pattern: "(?<![A-Za-z0-9_])sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}(?![A-Za-z0-9_])", rotate: "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token" } }, { file: "rules/sealed-secrets-master-key.yaml", spec: { id: "sealed-secrets-master-key", description: "Backup of the sealed-secrets controller's private key (decrypts every SealedSecret of the cluster)", severity: "error", message: "Secret {{name}} is a sealed-secrets controller key backup: the master key of every SealedSecret", keywords: ["sealed-secrets-key"], check: "sealed-secrets-key", kinds: ["Secret", "List"] } }, { file: "rules/sealedsecret-template-literal.yaml", spec: { id: "sealedsecret-template-literal", description: "SealedSecret whose spec.template.data holds a literal (rendered into the Secret as plain text)", severity: "error", message: "SealedSecret {{namespace}}/{{name}} has a literal in spec.template.data.{{key}}", keywords: ["sealedsecret"], check: "sealedsecret-template", kinds: ["SealedSecret"] } }, { file: "rules/secretstore-literal-credential.yaml", spec: { id: "secretstore-literal-credential", description: "SecretStore or ClusterSecretStore whose provider auth embeds a literal credential instead of a secretRef", severity: "error", message: "{{kind}} {{name}}: provider field {{field}} holds a literal credential; use a secretRef or workload identity", keywords: ["secretstore"], check: "secretstore-literal", kinds: ["SecretStore", "ClusterSecretStore"] } }, { file: "rules/sops-unencrypted-value.yaml", spec: { id: "sops-unencrypted-value", description: "SOPS file with a value left unencrypted (partial encryption or a decrypted copy)", severity: "error", message: "SOPS-managed file has an unencrypted value at {{field}}", keywords: ["sops"], check: "sops-unencrypted" } }, { file: "rules/url-credential.yaml", spec: { id: "url-credential", description: "URL with a password in its userinfo (scheme://user:password@host)", severity: "error", message: "URL with an embedded password", keywords: ["://"], pattern: "(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{1,20}://(?=([^\\s:/@'\\\"`]{1,64}))\\1:(?=([^\\s@/'\\\"`]{3,128}))\\2@[^\\s/'\\\"`]{1,255}", secretGroup: 2, allowlist: { regexes: ["^\\$\\{", "^\\$\\(", "^\\{\\{", "^<.*>$", "^\\*+$", "^x+$", "^\\$[A-Z_]+$", "^%[sv]$"], stopwords: ["password", "passwd", "changeme", "example", "secret", "placeholder", "redacted"] } } }, { file: "rules/workload-env-credential.yaml", spec: { id: "workload-env-credential", description: "Workload container env value that holds a literal credential (use valueFrom.secretKeyRef)", severity: "error", message: "{{kind}} {{name}}: env {{key}} holds a literal credential; reference a Secret with valueFrom.secretKeyRef", keywords: ["containers"], check: "workload-env" } }, { file: "rules/xml-credential-element.yaml", spec: { id: "xml-credential-element", credential: "Hard-coded credential", description: "A literal credential in an XML element named like a password, secret or token (Maven settings.xml, Spring and Tomcat configuration)", severity: "error", message: "Hard-coded credential in XML", keywords: ["password>", "passwd>", "secret>", "token>", "apikey>", "api-key>", "api_key>"], pattern: "<(?<key>(?:[A-Za-z]{1,20}[_:.-]?)?(?:password|passwd|secret|token|api[_-]?key)(?:[_.-]?[A-Za-z]{1,20})?)>([^<>\\s]{4,200})</\\k<key>>", flags: "i", secretGroup: 2, validate: "literal-credential", allowlist: { regexes: ["(?:\\.\\.\\.|\u2026)"] } } }];
  }
});

// src/errors.ts
function describeError(e) {
  if (!(e instanceof Error)) return "non-error thrown";
  const first = (e.message.split("\n")[0] ?? "").replace(/(["'`]).*?\1/g, "$1\u2026$1").slice(0, 200);
  const frames = (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)).slice(0, 8);
  return [first, ...frames].join("\n");
}
var SealgateError, UsageError, ConfigError, GitError, FixError, REPORT_BUG_HINT;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    SealgateError = class extends Error {
      exitCode = 2;
      constructor(message) {
        super(message);
        this.name = new.target.name;
      }
    };
    UsageError = class extends SealgateError {
    };
    ConfigError = class extends SealgateError {
      constructor(problems) {
        super(problems.join("\n"));
        this.problems = problems;
      }
      problems;
    };
    GitError = class extends SealgateError {
    };
    FixError = class extends SealgateError {
    };
    REPORT_BUG_HINT = "This is a bug in sealgate; please report it with the command you ran (never the secret) at https://github.com/sealgate/sealgate/issues";
  }
});

// src/cli/args.ts
function parseOptions(args, options, command2) {
  try {
    const { values, positionals } = (0, import_node_util.parseArgs)({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    const msg = e.message.replace(/\s*To specify a positional argument.*$/s, "");
    throw new UsageError(`${command2}: ${msg}. Run 'sealgate ${command2} --help'.`);
  }
}
function str(p, name) {
  const v = p.values[name];
  return typeof v === "string" ? v : void 0;
}
function bool(p, name) {
  return p.values[name] === true;
}
function oneOf(value, allowed, option3) {
  if (value === void 0) return void 0;
  if (!allowed.includes(value)) {
    throw new UsageError(`--${option3} must be one of ${allowed.join(", ")} (got '${value}')`);
  }
  return value;
}
function nonNegativeInt(value, option3) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${option3} takes a whole number (got '${value}')`);
  return Number(value);
}
var import_node_util;
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_util = require("node:util");
    init_errors();
  }
});

// node_modules/js-yaml/dist/js-yaml.mjs
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
function makeUtcDate(year, month, day2, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day2, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day2);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day2 = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day2);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day2) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day2, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day2) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
function getLine(buffer, lineStart, lineEnd2, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd2 - position > maxHalfLength) {
    tail = " ...";
    lineEnd2 = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd2).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count2) {
  if (count2 === 1) return " ";
  return "\n".repeat(count2 - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines2 = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines2) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
function percentByte(byte) {
  return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
  const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
  let result = "";
  for (let index = 0; index < source.length; index++) {
    let ch = source.charCodeAt(index);
    if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
      result += source[index];
      continue;
    }
    if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
    if (ch < 128) result += percentByte(ch);
    else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
    else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
    else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
  }
  return result;
}
function tagNameShort(fullTag) {
  let tag = fullTag;
  if (tag.charCodeAt(0) === 33) {
    tag = tag.slice(1);
    return `!${tagPercentEncode(tag, true)}`;
  }
  if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
  return `!<${tagPercentEncode(tag, false)}>`;
}
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
function buildRepresentTypes(schema) {
  const defaultTags = new Set([
    schema.defaultScalarTag,
    schema.defaultSequenceTag,
    schema.defaultMappingTag
  ].filter((t) => t !== void 0));
  const implicitScalars = schema.implicitScalarTags;
  const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
  const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
  return [
    ...implicitScalars.map((tag) => ({
      tag,
      implicitTag: true
    })),
    ...explicitTags.map((tag) => ({
      tag,
      implicitTag: false
    })),
    ...defaultTagsLast.map((tag) => ({
      tag,
      implicitTag: true
    }))
  ];
}
function matchTag(state, object) {
  for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
    const { tag, implicitTag } = state.representTypes[index];
    if (tag.identify(object)) {
      let tagName;
      if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
      else tagName = tag.tagName;
      return {
        tag,
        tagName,
        implicitTag
      };
    }
  }
  return null;
}
function build(state, object) {
  if (!state.noRefs && object !== null && typeof object === "object") {
    const existing = state.refs.get(object);
    if (existing) {
      if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
      return {
        kind: "alias",
        anchor: existing.anchor
      };
    }
  }
  const matched = matchTag(state, object);
  if (!matched) {
    if (object === void 0) return INVALID;
    if (state.skipInvalid) return INVALID;
    throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
  }
  const { tag, tagName, implicitTag } = matched;
  const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
  if (tag.nodeKind === "scalar") return {
    kind: "scalar",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: SCALAR_STYLE.PLAIN,
    value: tag.represent(object)
  };
  if (tag.nodeKind === "sequence") {
    const container = tag.represent(object);
    const node2 = {
      kind: "sequence",
      tag: nodeTagName,
      tagged: !implicitTag,
      style: COLLECTION_STYLE.BLOCK,
      items: []
    };
    if (!state.noRefs) state.refs.set(object, node2);
    for (let index = 0, length = container.length; index < length; index += 1) {
      let item = build(state, container[index]);
      if (item === INVALID && container[index] === void 0) item = build(state, null);
      if (item === INVALID) continue;
      node2.items.push(item);
    }
    return node2;
  }
  const map = tag.represent(object);
  const node = {
    kind: "mapping",
    tag: nodeTagName,
    tagged: !implicitTag,
    style: COLLECTION_STYLE.BLOCK,
    items: []
  };
  if (!state.noRefs) state.refs.set(object, node);
  for (const [objectKey, objectValue] of map) {
    const key = build(state, objectKey);
    if (key === INVALID) continue;
    const value = build(state, objectValue);
    if (value === INVALID) continue;
    node.items.push({
      key,
      value
    });
  }
  return node;
}
function jsToAst(input, schema, options = {}) {
  const root = build({
    representTypes: buildRepresentTypes(schema),
    noRefs: options.noRefs ?? false,
    skipInvalid: options.skipInvalid ?? false,
    refs: /* @__PURE__ */ new Map(),
    refCounter: 0
  }, input);
  return [{
    contents: root === INVALID ? null : root,
    directives: []
  }];
}
function visitNode(node, visitor, ctx) {
  const control = visitor(node, ctx);
  if (control === VISIT_BREAK) return true;
  if (control === VISIT_SKIP) return false;
  const depth = ctx.depth + 1;
  switch (node.kind) {
    case "sequence":
      for (const item of node.items) if (visitNode(item, visitor, {
        depth,
        parent: node,
        isKey: false
      })) return true;
      break;
    case "mapping":
      for (const { key, value } of node.items) {
        if (visitNode(key, visitor, {
          depth,
          parent: node,
          isKey: true
        })) return true;
        if (visitNode(value, visitor, {
          depth,
          parent: node,
          isKey: false
        })) return true;
      }
  }
  return false;
}
function visit(documents, visitor) {
  for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
    depth: 0,
    parent: null,
    isKey: false
  })) return;
}
function hasBit(mask2, bit) {
  return (mask2 & 1 << bit) !== 0;
}
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd2 = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd2 = nextLineBreak;
    const line = value.slice(position, lineEnd2);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function setBit(mask2, bit) {
  return mask2 | 1 << bit;
}
function canUsePlain(layout) {
  const str3 = layout.node.value;
  if (str3 !== "") {
    if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str3)) return false;
    if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str3)) return false;
    if (layout.shiftOfContent === 0) {
      const firstLineBreak = str3.indexOf("\n");
      if (firstLineBreak !== -1) {
        const content = str3.slice(firstLineBreak + 1);
        if (C_FORBIDDEN_CONTENT.test(content)) return false;
      }
    }
  }
  const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str3).tag.tagName;
  if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
  if (!layout.node.tagged && str3 === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
  return true;
}
function canUseSingleQuoted(layout) {
  const str3 = layout.node.value;
  if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str3)) return false;
  if (/[ \t]\n|\n[ \t]/.test(str3)) return false;
  if (!layout.isKey && layout.shiftOfContent === 0) {
    const firstLineBreak = str3.indexOf("\n");
    if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str3.slice(firstLineBreak + 1))) return false;
  }
  return true;
}
function canUseBlock(layout) {
  if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
  const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
  if (contentIndent < 1) return false;
  if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
  if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
  return true;
}
function detectAllowedStyles(layout) {
  let mask2 = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
  if (canUsePlain(layout)) mask2 = setBit(mask2, SCALAR_STYLE.PLAIN);
  if (canUseSingleQuoted(layout)) mask2 = setBit(mask2, SCALAR_STYLE.SINGLE_QUOTED);
  if (canUseBlock(layout)) mask2 = setBit(setBit(mask2, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
  layout.allowedStylesMask = mask2;
}
function renderScalar(layout) {
  switch (layout.style) {
    case SCALAR_STYLE.PLAIN:
      return renderPlain(layout);
    case SCALAR_STYLE.SINGLE_QUOTED:
      return renderSingleQuoted(layout);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return renderLiteralBlock(layout);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return renderFoldedBlock(layout);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return renderDoubleQuoted(layout);
  }
}
function renderPlain(layout) {
  return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
  return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
  const value = layout.node.value;
  return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
  const value = layout.node.value;
  const w = layout.presenterOptions.lineWidth;
  let availableWidth = Infinity;
  if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
  return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) return string;
  const pad = " ".repeat(shiftOfContent);
  let result = string.slice(0, nextLF);
  const lineRe = /(\n+)([^\n]*)/g;
  lineRe.lastIndex = nextLF;
  let match;
  while (match = lineRe.exec(string)) {
    const breaks = match[1].length;
    const line = match[2];
    result += "\n".repeat(breaks + 1) + pad + line;
  }
  return result;
}
function indentString(string, spaces) {
  const indent = " ".repeat(spaces);
  let position = 0;
  let result = "";
  const length = string.length;
  while (position < length) {
    let line;
    const next = string.indexOf("\n", position);
    if (next === -1) {
      line = string.slice(position);
      position = length;
    } else {
      line = string.slice(position, next + 1);
      position = next + 1;
    }
    if (line.length && line !== "\n") result += indent;
    result += line;
  }
  return result;
}
function needIndentIndicator(string) {
  return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
  const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
  const clip = string[string.length - 1] === "\n";
  return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}
`;
}
function dropEndingNewline(string) {
  return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
  return char === " " || char === "	";
}
function foldLine(line, width) {
  if (line === "" || isMoreIndented(line[0])) return line;
  const breakRe = / [^ \t]/g;
  let match;
  let start = 0;
  let end;
  let curr = 0;
  let next = 0;
  let result = "";
  while (match = breakRe.exec(line)) {
    next = match.index;
    if (next - start > width) {
      end = curr > start ? curr : next;
      result += `
${line.slice(start, end)}`;
      start = end + 1;
    }
    curr = next;
  }
  result += "\n";
  if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
  else result += line.slice(start);
  return result.slice(1);
}
function foldBlockScalar(string, width) {
  const lineRe = /(\n+)([^\n]*)/g;
  let nextLF = string.indexOf("\n");
  if (nextLF === -1) nextLF = string.length;
  lineRe.lastIndex = nextLF;
  let result = foldLine(string.slice(0, nextLF), width);
  let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
  let moreIndented;
  let match;
  while (match = lineRe.exec(string)) {
    const prefix = match[1];
    const line = match[2];
    moreIndented = line !== "" && isMoreIndented(line[0]);
    result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
    prevMoreIndented = moreIndented;
  }
  return result;
}
function escapeCharacter(character) {
  switch (character) {
    case "\0":
      return "\\0";
    case "\x07":
      return "\\a";
    case "\b":
      return "\\b";
    case "	":
      return "\\t";
    case "\n":
      return "\\n";
    case "\v":
      return "\\v";
    case "\f":
      return "\\f";
    case "\r":
      return "\\r";
    case "\x1B":
      return "\\e";
    case '"':
      return '\\"';
    case "\\":
      return "\\\\";
    case "\x85":
      return "\\N";
    case "\xA0":
      return "\\_";
    case "\u2028":
      return "\\L";
    case "\u2029":
      return "\\P";
  }
  const code = character.charCodeAt(0);
  const hex2 = code.toString(16).toUpperCase();
  if (code <= 255) return `\\x${"0".repeat(2 - hex2.length)}${hex2}`;
  return `\\u${"0".repeat(4 - hex2.length)}${hex2}`;
}
function escapeString(string) {
  return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
function nodeTagShort(node) {
  return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
  const opts = {
    ...DEFAULT_PRESENTER_OPTIONS,
    ...options
  };
  if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
  return {
    ...opts,
    defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
    openEnded: false
  };
}
function generateNextLine(state, level) {
  return `
${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
  return {
    node,
    parent,
    level,
    isKey,
    flowOnly,
    shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
    shiftOfContent: state.indent * Math.max(1, level),
    shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
    presenterOptions: state,
    allowedStylesMask: 0,
    style: node.style
  };
}
function writeFlowSequence(state, level, node) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    const item = writeNode(state, level, node.items[index], node, {}).text;
    if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    result += item;
  }
  const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
  return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    const item = writeNode(state, level + 1, node.items[index], node, {
      block: true,
      compact: state.seqInlineFirst,
      isblockseq: true
    }).text;
    if (!compact || result !== "") result += generateNextLine(state, level);
    if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
    else result += "- ";
    result += item;
  }
  return result;
}
function writeFlowMapping(state, level, node) {
  let result = "";
  for (const { key, value } of node.items) {
    let pairBuffer = "";
    if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
    const keyRender = writeNode(state, level, key, node, { iskey: true });
    const keyText = keyRender.text;
    const valueText = writeNode(state, level, value, node, {}).text;
    const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
    pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
    result += pairBuffer;
  }
  const pad = state.flowBracketPadding && result !== "" ? " " : "";
  return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
  let result = "";
  for (let index = 0, length = node.items.length; index < length; index += 1) {
    let pairBuffer = "";
    if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
    const { key, value } = node.items[index];
    const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
    const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      isblockseq: !cannotBeCompact(state, key, level + 1)
    }) : writeNode(state, level + 1, key, node, {
      block: true,
      compact: true,
      iskey: true
    });
    const keyText = keyRender.text;
    const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
    const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
    const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
    if (explicitPair) {
      if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
      else pairBuffer += "? ";
    }
    pairBuffer += keyText;
    if (explicitPair) pairBuffer += generateNextLine(state, level);
    const valueText = writeNode(state, level + 1, value, node, {
      block: true,
      compact: explicitPair,
      isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
    }).text;
    const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
    const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
    if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
    else pairBuffer += `${keyColonSep}: `;
    pairBuffer += valueText;
    result += pairBuffer;
  }
  return result;
}
function cannotBeCompact(state, node, level) {
  if (node.kind === "alias") return true;
  return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
  if (node.kind === "alias") {
    state.openEnded = false;
    return {
      text: `*${node.anchor}`,
      noBody: false
    };
  }
  const { block: block2 = false, iskey = false, isblockseq = false } = ctx;
  let compact = ctx.compact ?? false;
  const hasAnchor = node.anchor !== void 0;
  if (cannotBeCompact(state, node, level)) compact = false;
  let body;
  let shouldPrintTag = node.tagged;
  const useBlockCollection = block2 && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
  if (node.kind === "mapping") {
    if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
    else body = writeFlowMapping(state, level, node);
  } else if (node.kind === "sequence") {
    if (useBlockCollection) {
      if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
      else body = writeBlockSequence(state, level, node, compact);
    } else body = writeFlowSequence(state, level, node);
  } else {
    const layout = scalarLayout(state, node, parent, level, iskey, !block2);
    detectAllowedStyles(layout);
    for (const rule of state.scalarStyleRules) rule(layout);
    body = renderScalar(layout);
    state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
    shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
  }
  if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
  if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
  const noBody = body === "";
  let text = body;
  if (shouldPrintTag || hasAnchor) {
    const props = [];
    const tag = shouldPrintTag ? nodeTagShort(node) : null;
    const anchor = hasAnchor ? `&${node.anchor}` : null;
    if (state.tagBeforeAnchor) {
      if (tag !== null) props.push(tag);
      if (anchor !== null) props.push(anchor);
    } else {
      if (anchor !== null) props.push(anchor);
      if (tag !== null) props.push(tag);
    }
    const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
    text = `${props.join(" ")}${sep}${body}`;
  }
  return {
    text,
    noBody
  };
}
function rootStartsOwnLine(node) {
  return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
  let result = "";
  for (const directive of doc.directives) {
    if (directive.kind === "yaml") {
      result += `%YAML ${directive.version}
`;
      continue;
    }
    const { handle, prefix } = directive;
    result += `%TAG ${handle} ${prefix}
`;
  }
  return result;
}
function present(documents, options) {
  const state = createPresenterState(options);
  let result = "";
  let previousEnded = false;
  for (let index = 0; index < documents.length; index += 1) {
    const doc = documents[index];
    state.openEnded = false;
    const directives = writeDocumentDirectives(doc);
    const hasDirectives = directives !== "";
    const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
    result += directives;
    if (doc.contents === null) {
      if (marker) result += "---\n";
    } else if (marker) {
      const body = writeNode(state, 0, doc.contents, null, {
        block: true,
        compact: true
      }).text;
      const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
      result += `---${sep}${body}
`;
    } else result += writeNode(state, 0, doc.contents, null, {
      block: true,
      compact: true
    }).text + "\n";
    previousEnded = doc.explicitEnd || state.openEnded;
    if (previousEnded) result += "...\n";
  }
  return result;
}
function defaultCompareFn(a, b) {
  const x = String(a);
  const y = String(b);
  if (x < y) return -1;
  if (x > y) return 1;
  return 0;
}
function dump(input, options = {}) {
  const opts = {
    ...DEFAULT_DUMP_OPTIONS,
    ...options
  };
  const documents = jsToAst(input, opts.schema, {
    noRefs: opts.noRefs,
    skipInvalid: opts.skipInvalid
  });
  if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
    if (ctx.depth < opts.flowLevel) return;
    if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
    return VISIT_SKIP;
  });
  if (opts.sortKeys) {
    const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
    visit(documents, (node) => {
      if (node.kind !== "mapping") return;
      node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
    });
  }
  opts.transform(documents);
  return present(documents, {
    ...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
    schema: opts.schema
  });
}
var NOT_RESOLVED, strTag, NULL_VALUES$1, nullCoreTag, nullJsonTag, NULL_VALUES, nullYaml11Tag, TRUE_VALUES$2, FALSE_VALUES$2, boolCoreTag, TRUE_VALUES$1, FALSE_VALUES$1, boolJsonTag, TRUE_VALUES, FALSE_VALUES, boolYaml11Tag, YAML_INTEGER_IMPLICIT_PATTERN$1, YAML_INTEGER_EXPLICIT_PATTERN$1, intCoreTag, YAML_INTEGER_IMPLICIT_PATTERN, YAML_INTEGER_EXPLICIT_PATTERN, intJsonTag, YAML_INTEGER_PATTERN, intYaml11Tag, YAML_FLOAT_PATTERN$1, YAML_FLOAT_SPECIAL_PATTERN$1, floatCoreTag, YAML_FLOAT_IMPLICIT_PATTERN, YAML_FLOAT_EXPLICIT_PATTERN, floatJsonTag, YAML_FLOAT_PATTERN, YAML_FLOAT_SPECIAL_PATTERN, floatYaml11Tag, mergeTag, BASE64_PATTERN, binaryTag, YAML_DATE_REGEXP, YAML_TIMESTAMP_REGEXP, timestampTag, seqTag, omapTag, pairsTag, mapTag, setTag, Schema, FAILSAFE_SCHEMA, JSON_SCHEMA, CORE_SCHEMA, YAML11_SCHEMA, DUMP_SCHEMA, realMapTag, legacyMapTag, DEFAULT_SNIPPET_OPTIONS, YAMLException, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE, NO_RANGE$3, simpleEscapeCheck, simpleEscapeMap, DEFAULT_TAG_HANDLERS, TAG_SUFFIX_CHARS, TAG_URI_CHARS, HEX, DEFAULT_CONSTRUCTOR_OPTIONS, NO_RANGE$1, HAS_OWN, CONTEXT_FLOW_IN, CONTEXT_FLOW_OUT, CONTEXT_BLOCK_IN, CONTEXT_BLOCK_OUT, PATTERN_NON_PRINTABLE, PATTERN_FLOW_INDICATORS, PATTERN_TAG_HANDLE, NS_URI_CHAR, NS_TAG_CHAR, PATTERN_TAG_URI, PATTERN_TAG_SUFFIX, PATTERN_TAG_PREFIX, DEFAULT_PARSER_OPTIONS, DEFAULT_LOAD_OPTIONS, INVALID, VISIT_BREAK, VISIT_SKIP, DEFAULT_SCALAR_STYLE_RULES, SRC_C_PRINTABLE, SRC_B_CHAR, SRC_C_BYTE_ORDER_MARK, SRC_S_WHITE, SRC_NB_CHAR, SRC_NS_CHAR, SRC_NB_JSON, SRC_C_INDICATOR, SRC_C_FLOW_INDICATOR, SRC_NS_PLAIN_SAFE_FLOW_OUT, SRC_NS_PLAIN_SAFE_FLOW_IN, SRC_NS_PLAIN_FIRST_FLOW_OUT, SRC_NS_PLAIN_FIRST_FLOW_IN, SRC_NS_PLAIN_CHAR_FLOW_OUT, SRC_NS_PLAIN_CHAR_FLOW_IN, SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT, SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN, SRC_NS_PLAIN_ONE_LINE_FLOW_OUT, SRC_NS_PLAIN_ONE_LINE_FLOW_IN, SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY, SRC_NS_PLAIN_ONE_LINE_FLOW_KEY, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT, SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN, SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT, SRC_NS_PLAIN_MULTI_LINE_FLOW_IN, NS_PLAIN_FLOW_OUT, NS_PLAIN_FLOW_IN, NS_PLAIN_BLOCK_KEY, NS_PLAIN_FLOW_KEY, NB_SINGLE_ONE_LINE, NB_SINGLE_MULTI_LINE, BLOCK_SCALAR_CONTENT, C_FORBIDDEN_FIRST_LINE, C_FORBIDDEN_CONTENT, CHARACTERS_TO_ESCAPE, CHAR_LINE_FEED, DEFAULT_PRESENTER_OPTIONS, DEFAULT_DUMP_OPTIONS, EVENT_DOCUMENT, EVENT_SEQUENCE, EVENT_MAPPING, EVENT_SCALAR, EVENT_ALIAS, EVENT_POP, SCALAR_STYLE_PLAIN, SCALAR_STYLE_SINGLE_QUOTED, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_LITERAL_BLOCK, SCALAR_STYLE_FOLDED_BLOCK, COLLECTION_STYLE_BLOCK, COLLECTION_STYLE_FLOW, CHOMPING_CLIP, CHOMPING_STRIP, CHOMPING_KEEP;
var init_js_yaml = __esm({
  "node_modules/js-yaml/dist/js-yaml.mjs"() {
    init_define_SEALGATE_EMBEDDED_RULES();
    NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
    strTag = defineScalarTag("tag:yaml.org,2002:str", {
      resolve: (source) => source,
      identify: (data) => typeof data === "string"
    });
    NULL_VALUES$1 = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES$1.indexOf(source) !== -1) return null;
        return NOT_RESOLVED;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: ["n"],
      resolve: (source, isExplicit) => {
        if (source === "null" || isExplicit && source === "") return null;
        return NOT_RESOLVED;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    NULL_VALUES = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES.indexOf(source) !== -1) return null;
        return NOT_RESOLVED;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    TRUE_VALUES$2 = [
      "true",
      "True",
      "TRUE"
    ];
    FALSE_VALUES$2 = [
      "false",
      "False",
      "FALSE"
    ];
    boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "t",
        "T",
        "f",
        "F"
      ],
      resolve: (source) => {
        if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
        return NOT_RESOLVED;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    TRUE_VALUES$1 = ["true"];
    FALSE_VALUES$1 = ["false"];
    boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: ["t", "f"],
      resolve: (source) => {
        if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
        return NOT_RESOLVED;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    TRUE_VALUES = [
      "true",
      "True",
      "TRUE",
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON"
    ];
    FALSE_VALUES = [
      "false",
      "False",
      "FALSE",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "y",
        "Y",
        "n",
        "N",
        "t",
        "T",
        "f",
        "F",
        "o",
        "O"
      ],
      resolve: (source) => {
        if (TRUE_VALUES.indexOf(source) !== -1) return true;
        if (FALSE_VALUES.indexOf(source) !== -1) return false;
        return NOT_RESOLVED;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger$2,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
    YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlInteger$1,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
    intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat$2,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$2
    });
    YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
    YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlFloat$1,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$1
    });
    YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat
    });
    mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
      implicit: true,
      implicitFirstChars: ["<"],
      resolve: (source, isExplicit) => {
        if (source === "<<" || isExplicit && source === "") return "<<";
        return NOT_RESOLVED;
      },
      identify: () => false
    });
    BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
    binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
      resolve: resolveYamlBinary,
      identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
      represent: representYamlBinary
    });
    YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
    YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
    timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
      implicit: true,
      implicitFirstChars: [..."0123456789"],
      resolve: resolveYamlTimestamp,
      identify: (object) => object instanceof Date,
      represent: (object) => object.toISOString()
    });
    seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
      create: () => [],
      addItem: (container, item) => {
        container.push(item);
      },
      identify: Array.isArray
    });
    omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
      create: () => ({
        list: [],
        seen: /* @__PURE__ */ new Set()
      }),
      addItem: (carrier, item) => {
        let key;
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve an ordered map item";
          key = item.keys().next().value;
        } else if (isPlainObject(item)) {
          const itemKeys = Object.keys(item);
          if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
          key = itemKeys[0];
        } else return "cannot resolve an ordered map item";
        if (carrier.seen.has(key)) return "duplicate key in ordered map";
        carrier.seen.add(key);
        carrier.list.push(item);
        return "";
      },
      finalize: (carrier) => carrier.list,
      identify: () => false
    });
    pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
      create: () => [],
      addItem: (container, item) => {
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve a pairs item";
          container.push(item.entries().next().value);
          return "";
        }
        if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
        const object = item;
        const keys = Object.keys(object);
        if (keys.length !== 1) return "cannot resolve a pairs item";
        container.push([keys[0], object[keys[0]]]);
        return "";
      },
      identify: () => false
    });
    mapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
        const normalizedKey = String(key);
        if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container[normalizedKey] = value;
        return "";
      },
      has: (container, key) => {
        if (key !== null && typeof key === "object") return false;
        return Object.prototype.hasOwnProperty.call(container, String(key));
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        const normalizedKey = String(key);
        if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
        return container[normalizedKey];
      }
    });
    setTag = defineMappingTag("tag:yaml.org,2002:set", {
      create: () => /* @__PURE__ */ new Set(),
      identify: (data) => data instanceof Set,
      represent: (data) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of data) map.set(key, null);
        return map;
      },
      addPair: (container, key, value) => {
        if (value !== null) return "cannot resolve a set item";
        container.add(key);
        return "";
      },
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: () => null
    });
    Schema = class Schema2 {
      tags;
      /** @internal */
      implicitScalarTags;
      /**
      * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
      * the resolvers that may match that key, in schema order; a key absent from
      * the map uses
      * {@link Schema.implicitScalarAnyFirstChar}
      * (resolvers that declared no first-char constraint, so they apply to any
      * first character).
      */
      implicitScalarByFirstChar;
      implicitScalarAnyFirstChar;
      /**
      * The default scalar tag (`!!str`), resolved once so the composer's fallback
      * for unresolved plain scalars avoids a keyed lookup per scalar.
      *
      * @internal
      */
      defaultScalarTag;
      /**
      * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
      * value is identified by its default tag, the tag is implicit and not
      * printed. Undefined if the schema does not define them (then such values
      * can't be dumped).
      *
      * @internal
      */
      defaultSequenceTag;
      /** @internal */
      defaultMappingTag;
      exact;
      prefix;
      constructor(tags) {
        const compiledTags = compileTags(tags);
        const implicitScalarTags = [];
        const exact = createTagDefinitionMap();
        const prefix = createTagDefinitionListMap();
        for (const tag of compiledTags) {
          if (tag.nodeKind === "scalar" && tag.implicit) {
            if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
            implicitScalarTags.push(tag);
          }
          switch (tag.nodeKind) {
            case "scalar":
              if (tag.matchByTagPrefix) prefix.scalar.push(tag);
              else exact.scalar[tag.tagName] = tag;
              break;
            case "sequence":
              if (tag.matchByTagPrefix) prefix.sequence.push(tag);
              else exact.sequence[tag.tagName] = tag;
              break;
            case "mapping":
              if (tag.matchByTagPrefix) prefix.mapping.push(tag);
              else exact.mapping[tag.tagName] = tag;
          }
        }
        const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
        const keys = /* @__PURE__ */ new Set();
        for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
        const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
        for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
        const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
        if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
        this.tags = compiledTags;
        this.implicitScalarTags = implicitScalarTags;
        this.implicitScalarByFirstChar = implicitScalarByFirstChar;
        this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
        this.defaultScalarTag = defaultScalarTag;
        this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
        this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
        this.exact = exact;
        this.prefix = prefix;
      }
      /** @internal */
      lookupScalarTag(tagName) {
        const exactTag = this.exact.scalar[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupSequenceTag(tagName) {
        const exactTag = this.exact.sequence[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupMappingTag(tagName) {
        const exactTag = this.exact.mapping[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      resolveImplicitScalarTag(source) {
        const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
        for (const tag2 of candidates) {
          const value = tag2.resolve(source, false, tag2.tagName);
          if (value !== NOT_RESOLVED) return {
            value,
            tag: tag2
          };
        }
        const tag = this.defaultScalarTag;
        return {
          value: tag.resolve(source, false, tag.tagName),
          tag
        };
      }
      /**
      * Creates a new schema with the specified tags added. If a tag already
      * exists, it is replaced by the specified tag.
      *
      * @example
      *
      * ```javascript
      * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
      *
      * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
      * ```
      */
      withTags(...tags) {
        let flatTags = [];
        for (const tag of tags) flatTags = flatTags.concat(tag);
        return new Schema2([...this.tags, ...flatTags]);
      }
    };
    FAILSAFE_SCHEMA = new Schema([
      strTag,
      seqTag,
      mapTag
    ]);
    JSON_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullJsonTag,
      boolJsonTag,
      intJsonTag,
      floatJsonTag
    ]);
    CORE_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullCoreTag,
      boolCoreTag,
      intCoreTag,
      floatCoreTag
    ]);
    YAML11_SCHEMA = new Schema([
      ...FAILSAFE_SCHEMA.tags,
      nullYaml11Tag,
      boolYaml11Tag,
      intYaml11Tag,
      floatYaml11Tag,
      timestampTag,
      mergeTag,
      binaryTag,
      omapTag,
      pairsTag,
      setTag
    ]);
    DUMP_SCHEMA = YAML11_SCHEMA.withTags({
      ...intYaml11Tag,
      resolve: (source, isExplicit, tagName) => {
        const result = intYaml11Tag.resolve(source, isExplicit, tagName);
        return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
      }
    }, {
      ...floatYaml11Tag,
      resolve: (source, isExplicit, tagName) => {
        const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
        return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
      }
    });
    realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => /* @__PURE__ */ new Map(),
      addPair: (container, key, value) => {
        container.set(key, value);
        return "";
      },
      has: (container, key) => container.has(key),
      keys: (container) => container.keys(),
      get: (container, key) => container.get(key),
      identify: (data) => data instanceof Map || isPlainObject(data),
      represent: (data) => {
        if (data instanceof Map) return data;
        const map = /* @__PURE__ */ new Map();
        const obj = data;
        for (const key of Object.keys(obj)) map.set(key, obj[key]);
        return map;
      }
    });
    legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key of Object.keys(o)) map.set(key, o[key]);
        return map;
      },
      addPair: (container, key, value) => {
        const normalizedKey = normalizeKey(key);
        if (normalizedKey === null) return "nested arrays are not supported inside keys";
        if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container[normalizedKey] = value;
        return "";
      },
      has: (container, key) => {
        const normalizedKey = normalizeKey(key);
        return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
      },
      keys: (container) => Object.keys(container),
      get: (container, key) => {
        const normalizedKey = String(key);
        if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
        return container[normalizedKey];
      }
    });
    DEFAULT_SNIPPET_OPTIONS = {
      maxLength: 79,
      indent: 1,
      linesBefore: 3,
      linesAfter: 2
    };
    YAMLException = class YAMLException2 extends Error {
      reason;
      mark;
      /**
      * Optional `mark` contains source snippet data. Usually, use
      * {@link YAMLException.throwAt} instead of passing it directly.
      */
      constructor(reason, mark) {
        super();
        this.name = "YAMLException";
        this.reason = reason;
        this.mark = mark;
        this.message = formatError(this, false);
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
      }
      /**
      * Returns the formatted error, omitting the source snippet in compact mode.
      */
      toString(compact) {
        return `${this.name}: ${formatError(this, compact)}`;
      }
      /**
      * Builds a YAMLException with a source snippet and throws it. `source` is
      * the raw input text; `position` is an offset into it.
      */
      static throwAt(source, position, message, filename = "") {
        let line = 0;
        let lineStart = 0;
        for (let index = 0; index < position; index++) {
          const ch = source.charCodeAt(index);
          if (ch === 10) {
            line++;
            lineStart = index + 1;
          } else if (ch === 13) {
            line++;
            if (source.charCodeAt(index + 1) === 10) index++;
            lineStart = index + 1;
          }
        }
        const mark = {
          name: filename,
          buffer: source,
          position,
          line,
          column: position - lineStart
        };
        mark.snippet = makeSnippet(mark);
        throw new YAMLException2(message, mark);
      }
    };
    EVENT_ID = {
      DOCUMENT: 1,
      SEQUENCE: 2,
      MAPPING: 3,
      SCALAR: 4,
      ALIAS: 5,
      POP: 6
    };
    SCALAR_STYLE = {
      PLAIN: 1,
      SINGLE_QUOTED: 2,
      DOUBLE_QUOTED: 3,
      LITERAL_BLOCK: 4,
      FOLDED_BLOCK: 5
    };
    COLLECTION_STYLE = {
      BLOCK: 1,
      FLOW: 2
    };
    CHOMPING_MODE = {
      CLIP: 1,
      STRIP: 2,
      KEEP: 3
    };
    NO_RANGE$3 = -1;
    simpleEscapeCheck = new Array(256);
    simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
      "!": "!",
      "!!": "tag:yaml.org,2002:"
    });
    TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
    TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
    HEX = "0123456789ABCDEF";
    DEFAULT_CONSTRUCTOR_OPTIONS = {
      filename: "",
      schema: CORE_SCHEMA,
      json: false,
      maxTotalMergeKeys: 1e4,
      maxAliases: -1
    };
    NO_RANGE$1 = -1;
    HAS_OWN = Object.prototype.hasOwnProperty;
    CONTEXT_FLOW_IN = 1;
    CONTEXT_FLOW_OUT = 2;
    CONTEXT_BLOCK_IN = 3;
    CONTEXT_BLOCK_OUT = 4;
    PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
    NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
    PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
    PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
    PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
    DEFAULT_PARSER_OPTIONS = {
      filename: "",
      maxDepth: 100
    };
    DEFAULT_LOAD_OPTIONS = {
      ...DEFAULT_PARSER_OPTIONS,
      ...DEFAULT_CONSTRUCTOR_OPTIONS
    };
    INVALID = /* @__PURE__ */ Symbol("INVALID");
    VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
    VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
    DEFAULT_SCALAR_STYLE_RULES = {
      applyQuoteFlowKeysOption,
      doubleQuoteForInvisibles,
      doubleQuoteWhitespaceOnly,
      applyForceQuotesOption,
      tryLongOrMultilineAsBlock,
      quoteInvalidPlain,
      fallbackToDoubleQuoted
    };
    SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
    SRC_B_CHAR = "[\\n\\r]";
    SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
    SRC_S_WHITE = "[ \\t]";
    SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
    SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
    SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
    SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
    SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
    SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
    SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
    SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
    SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
    SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
    SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
    SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
    SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
    SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
    SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
    SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
    SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
    NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
    NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
    NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
    NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
    NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
    NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
    BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
    C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
    C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
    CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
    CHAR_LINE_FEED = 10;
    DEFAULT_PRESENTER_OPTIONS = {
      indent: 2,
      seqNoIndent: false,
      seqInlineFirst: true,
      lineWidth: 80,
      flowBracketPadding: false,
      flowSkipCommaSpace: false,
      flowSkipColonSpace: false,
      quoteFlowKeys: false,
      quoteStyle: "single",
      forceQuotes: false,
      scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
      tagBeforeAnchor: false
    };
    DEFAULT_DUMP_OPTIONS = {
      ...DEFAULT_PRESENTER_OPTIONS,
      schema: DUMP_SCHEMA,
      skipInvalid: false,
      noRefs: false,
      flowLevel: -1,
      sortKeys: false,
      transform: () => {
      }
    };
    EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
    EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
    EVENT_MAPPING = EVENT_ID.MAPPING;
    EVENT_SCALAR = EVENT_ID.SCALAR;
    EVENT_ALIAS = EVENT_ID.ALIAS;
    EVENT_POP = EVENT_ID.POP;
    SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
    SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
    SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
    SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
    SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
    COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
    COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
    CHOMPING_CLIP = CHOMPING_MODE.CLIP;
    CHOMPING_STRIP = CHOMPING_MODE.STRIP;
    CHOMPING_KEEP = CHOMPING_MODE.KEEP;
  }
});

// src/yaml/documents.ts
function splitRanges(text) {
  const ranges = [];
  let docStart = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    ranges.push({ start: docStart, end: m.index });
    const lineEnd2 = text.slice(m.index + 3).search(/\r?\n|\r/);
    const restEnd = lineEnd2 < 0 ? text.length : m.index + 3 + lineEnd2;
    const rest = text.slice(m.index + 3, restEnd);
    if (/^[ \t]*(#.*)?$/.test(rest)) {
      const nl = text.slice(restEnd, restEnd + 2);
      docStart = restEnd + (nl.startsWith("\r\n") ? 2 : nl.length > 0 ? 1 : 0);
    } else {
      docStart = m.index + 3;
    }
  }
  ranges.push({ start: docStart, end: text.length });
  return ranges;
}
function isBlank(s) {
  if (!/\S/.test(s)) return true;
  return s.split(/\r?\n|\r/).every((l) => /^\s*(?:#.*)?$/.test(l) || l.startsWith("%"));
}
function parseManifest(text, file) {
  const json = /\.json$/i.test(file);
  const ranges = json ? [{ start: 0, end: text.length }] : splitRanges(text);
  const docs = [];
  for (const r2 of ranges) {
    if (isBlank(text.slice(r2.start, r2.end))) continue;
    docs.push(parseRange(text, r2.start, r2.end, docs.length));
  }
  return docs;
}
function parseRange(text, start, end, index) {
  const doc = { index, start, end };
  try {
    const root = buildTree(text.slice(start, end), start);
    if (root) {
      doc.root = root;
      lazyValue(doc, root);
    }
  } catch (e) {
    doc.error = describeYamlError(e, text, start);
  }
  return doc;
}
function lazyValue(doc, root) {
  let value;
  let built = false;
  Object.defineProperty(doc, "value", {
    enumerable: true,
    configurable: true,
    get() {
      if (!built) {
        value = toJS(root);
        built = true;
      }
      return value;
    },
    set(v) {
      value = v;
      built = true;
    }
  });
}
function describeYamlError(e, text, base) {
  const err = e;
  const reason = err.reason ?? (err.message ?? "parse error").split("\n")[0];
  if (err.mark?.position !== void 0) {
    const abs = base + err.mark.position;
    let line = 1;
    for (let i = 0; i < abs && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return `${reason} (line ${line})`;
  }
  return reason;
}
function buildTree(body, base) {
  const events = parseEvents(body, { maxDepth: MAX_DEPTH });
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  const pendingKey = [];
  let root;
  let docCount = 0;
  const tagOf = (ev) => ev.tagStart >= 0 ? body.slice(ev.tagStart, ev.tagEnd) : void 0;
  const remember = (ev, node) => {
    if (ev.anchorStart >= 0) anchors.set(body.slice(ev.anchorStart, ev.anchorEnd), node);
  };
  const attach = (node) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = node;
      return;
    }
    if (parent.type === "seq") parent.items.push(node);
    else {
      const depth = stack.length - 1;
      const key = pendingKey[depth];
      if (key === void 0) pendingKey[depth] = node;
      else {
        parent.pairs.push({ key, value: node });
        pendingKey[depth] = void 0;
      }
    }
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        if (++docCount > 1) throw new Error("more than one document in a segment");
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node = ev.type === EVENT_ID.MAPPING ? { type: "map", pairs: [], start: base + ev.start, tag: tagOf(ev) } : { type: "seq", items: [], start: base + ev.start, tag: tagOf(ev) };
        remember(ev, node);
        attach(node);
        stack.push(node);
        pendingKey[stack.length - 1] = void 0;
        break;
      }
      case EVENT_ID.SCALAR: {
        const s = ev;
        const node = {
          type: "scalar",
          value: getScalarValue(body, s),
          plain: s.style === SCALAR_STYLE.PLAIN,
          block: s.style === SCALAR_STYLE.LITERAL_BLOCK || s.style === SCALAR_STYLE.FOLDED_BLOCK,
          tag: tagOf(s),
          start: base + s.valueStart,
          end: base + s.valueEnd
        };
        remember(s, node);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = body.slice(ev.anchorStart, ev.anchorEnd);
        const target = anchors.get(name);
        if (!target) throw new Error(`unknown alias *${name}`);
        attach(target);
        break;
      }
      case EVENT_ID.POP:
        if (stack.length > 0) stack.pop();
        break;
    }
  }
  return root;
}
function scalarJS(n) {
  if (!n.plain || n.tag === "!!str" || n.tag === "tag:yaml.org,2002:str") return n.value;
  if (NULLS.has(n.value)) return null;
  if (TRUE.has(n.value)) return true;
  if (FALSE.has(n.value)) return false;
  if (NUMBER.test(n.value)) return Number(n.value);
  return n.value;
}
function toJS(node, seen = /* @__PURE__ */ new Map()) {
  if (node.type === "scalar") return scalarJS(node);
  const hit = seen.get(node);
  if (hit !== void 0) return hit;
  if (node.type === "seq") {
    const arr = [];
    seen.set(node, arr);
    for (const item of node.items) arr.push(toJS(item, seen));
    return arr;
  }
  const obj = /* @__PURE__ */ Object.create(null);
  seen.set(node, obj);
  for (const { key, value } of node.pairs) {
    if (key.type !== "scalar") continue;
    if (key.value === "<<" && key.plain) {
      const merged = toJS(value, seen);
      for (const src of Array.isArray(merged) ? merged : [merged]) {
        if (src && typeof src === "object") {
          for (const [k, v] of Object.entries(src)) if (!(k in obj)) obj[k] = v;
        }
      }
      continue;
    }
    obj[key.value] = toJS(value, seen);
  }
  return obj;
}
function getPair(node, key) {
  if (!node || node.type !== "map") return void 0;
  for (const p of node.pairs) if (p.key.type === "scalar" && p.key.value === key) return p;
  return void 0;
}
function get(node, ...path23) {
  let cur = node;
  for (const k of path23) {
    if (!cur) return void 0;
    if (typeof k === "number") cur = cur.type === "seq" ? cur.items[k] : void 0;
    else cur = getPair(cur, k)?.value;
  }
  return cur;
}
function str2(node) {
  return node?.type === "scalar" ? node.value : void 0;
}
var MAX_DEPTH, MARKER, NULLS, TRUE, FALSE, NUMBER;
var init_documents = __esm({
  "src/yaml/documents.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_js_yaml();
    MAX_DEPTH = 64;
    MARKER = /^(?:---|\.\.\.)(?=[ \t]|\r?\n|\r|$)/gm;
    NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
    TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
    FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
    NUMBER = /^[-+]?(?:\d+|\d*\.\d+(?:[eE][-+]?\d+)?|\d+\.\d*(?:[eE][-+]?\d+)?)$/;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str3) => REGEX_SPECIAL_CHARS.test(str3);
    exports2.isRegexChar = (str3) => str3.length === 1 && exports2.hasRegexChars(str3);
    exports2.escapeRegex = (str3) => str3.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str3) => str3.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str3) => {
      return str3.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path23, { windows } = {}) => {
      const segs = path23.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str3 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str3.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str3.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str3;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str3.slice(0, start);
        str3 = str3.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str3.slice(0, lastIndex);
        glob = str3.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str3;
      } else {
        base = str3;
      }
      if (base && base !== "" && base !== "/" && base !== str3) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str3) => {
        switch (str3) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str3);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    var scan2 = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str3) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str3);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState2 = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState2) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState2 ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str3, patterns, options) => picomatch2(patterns, options)(str3);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan2(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants4;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// src/rules/glob.ts
function compileGlobs(globs) {
  if (globs.length === 0) return () => false;
  const list = [...globs];
  let match;
  return (path23) => (match ??= (0, import_picomatch.default)(list, { dot: true }))(path23);
}
function checkGlob(glob) {
  try {
    import_picomatch.default.makeRe(glob);
    return void 0;
  } catch (e) {
    return e.message;
  }
}
var import_picomatch;
var init_glob = __esm({
  "src/rules/glob.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_picomatch = __toESM(require_picomatch2(), 1);
  }
});

// src/rules/values.ts
function isSopsEncrypted(value) {
  return SOPS_ENC.test(value.trim());
}
function isKubesecEncrypted(value) {
  return KUBESEC_ENC.test(value.trim());
}
function isDigestLike(value) {
  const v = value.trim();
  return DIGEST.test(v) || UUID.test(v) || INTEGRITY.test(v);
}
function decodeBase64(value) {
  const v = value.replace(/[\r\n]/g, "").trim();
  if (v.length === 0 || v.length % 4 !== 0 || !BASE64.test(v)) return void 0;
  return Buffer.from(v, "base64");
}
function printableText(bytes2) {
  if (bytes2.length === 0) return "";
  const s = bytes2.toString("utf8");
  if (s.includes("\uFFFD")) return void 0;
  let printable = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / s.length > 0.95 ? s : void 0;
}
function shannon(s) {
  if (s.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var SOPS_ENC, KUBESEC_ENC, DIGEST, UUID, INTEGRITY, BASE64;
var init_values = __esm({
  "src/rules/values.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    SOPS_ENC = /^ENC\[(?:AES256_GCM|AES256_GCM_SIV),data:.*,iv:.*,tag:.*,type:(?:str|int|float|bytes|bool|time|comment)\]$/s;
    KUBESEC_ENC = /^(?:[A-Za-z0-9+/=]+\.)?[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/;
    DIGEST = /^(?:sha(?:1|256|384|512)[:-])?(?:[a-f0-9]{40}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128})$/i;
    UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    INTEGRITY = /^sha(?:256|384|512)-[A-Za-z0-9+/]+=*$/;
    BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
  }
});

// src/rules/classify.ts
function keyWords(key) {
  const last = key.includes(".") && !/^\.|\.(?:json|ya?ml|pem|key|crt|txt|conf|ini|properties|env|toml|p12|jks)$/i.test(key) ? key.slice(key.lastIndexOf(".") + 1) : key;
  return last.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function keyRole(key) {
  const words = keyWords(key);
  if (words.length === 0) return "neutral";
  const joined = words.join("_");
  if (KNOWN_SETTINGS.test(joined)) return "non-credential";
  const last = words[words.length - 1];
  const credential = words.some((w) => CREDENTIAL_WORD.test(w) || CREDENTIAL_SUFFIX.test(w));
  const lastMeaningful = /^(?:in|out|\d+)$/.test(last) && words.length > 1 ? words[words.length - 2] : last;
  if (SETTING_LAST.test(lastMeaningful) && !CREDENTIAL_SUFFIX.test(lastMeaningful)) return "non-credential";
  if (credential) return "credential";
  if (/(?:username|accountname|hostname|address|database)$/.test(lastMeaningful)) return "non-credential";
  return "neutral";
}
function isSensitiveKey(key) {
  return keyRole(key) === "credential";
}
function namesAKey(key, value) {
  const words = keyWords(key);
  if (KEY_NAME_KEY.test(words.join("_")) || /^existing/i.test(key)) return true;
  if (words.length === 1 && words[0] === "key") return looksLikeKeyName(value) && /[-_.]/.test(value);
  if (words.length < 2 || words[words.length - 1] !== "key") return false;
  const before = words[words.length - 2];
  if (!/^(?:password|passwd|secret|token|salt|credentials?|cert|certificate|tls|auth|api|access|private|user|username|admin|root|encryption|license|ca|client|account)$/.test(before)) return false;
  return looksLikeKeyName(value);
}
function looksLikeKeyName(v) {
  if (!/^[a-z0-9][a-z0-9._-]*$/i.test(v) || v.length > 64) return false;
  if (/\.(?:json|ya?ml|pem|key|crt|cert|txt|conf|ini|properties|env|toml|p12|pfx|jks)$/i.test(v)) return true;
  return /(?:pass|password|passwd|secret|token|key|salt|credential|cert|auth|pwd)/i.test(v) && /^[a-z0-9._-]+$/.test(v);
}
function sequenceRuns(v) {
  let runs = 0;
  let len = 1;
  for (let i = 1; i < v.length; i++) {
    const a = v.charCodeAt(i - 1);
    const b = v.charCodeAt(i);
    const alnum = /[0-9a-z]/i.test(v[i]) && /[0-9a-z]/i.test(v[i - 1]);
    if (alnum && b === a + 1) {
      len++;
      if (len === 4) runs++;
    } else len = 1;
  }
  return runs;
}
function placeholderReason(v) {
  if (FILLER.test(v)) return "filler";
  if (/x{6,}|X{6,}/.test(v) || /x{4,}|X{4,}/.test(v) && v.replace(/[xX]{4,}/g, "").replace(/[^A-Za-z0-9]/g, "").length < 20) return "xxx";
  if (/^<[^<>]+>$/.test(v) || /<[A-Za-z][\w .:/-]{0,80}>/.test(v) && !/<\/|<[a-z]+\s*\/?>/.test(v)) return "angle brackets";
  if (PLACEHOLDER_TEXT.test(v)) return "placeholder text";
  if (PLACEHOLDER_PREFIX.test(v)) return "instruction";
  if (ARTICLE_WORDS.test(v) && !/\d{3,}/.test(v)) return "descriptive words";
  if (SCREAMING_SNAKE.test(v) && v.length <= 64) return "substitution variable";
  if (/\s/.test(v.trim()) && v.trim().split(/\s+/).length >= 3 && !/[=:]/.test(v)) return "prose";
  return void 0;
}
function dummyReason(v) {
  if (DUMMY_WORD.test(v)) return "dummy word";
  const words = v.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length > 0 && words.length <= 8 && words.every((w) => DUMMY_WORD.test(w))) return "dummy words";
  if (sequenceRuns(v) >= 2) return "sequence filler";
  if (FAKE_UUID.test(v) && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v)) return "malformed example id";
  return void 0;
}
function truncatedPem(v) {
  const m = PEM_PRIVATE.exec(v);
  if (!m) return void 0;
  const body = m[2].replace(/\\[nrt]/g, "\n");
  if (/…|<[^<>\n]{1,80}>|\bx{8,}\b|X{8,}/.test(body)) return "elided private key";
  const lines2 = body.split("\n").filter((l) => !/^\s*[\w-]+:/.test(l));
  if (lines2.some((l) => /\.\s*\.\s*\./.test(l))) return "elided private key";
  const b64 = lines2.join("").replace(/[^A-Za-z0-9+/=]/g, "");
  if (b64.length < 60) return "too short to be a key";
  return void 0;
}
function isCredentialUrl(value) {
  return credentialUrlReason(value) !== void 0;
}
function credentialUrlReason(value) {
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(value); m; m = URL_RE.exec(value)) {
    const [, , userinfo, host, rest] = m;
    if (userinfo) {
      const colon = userinfo.indexOf(":");
      if (colon >= 0) {
        const user = userinfo.slice(0, colon);
        const pass = decodeURIComponentSafe(userinfo.slice(colon + 1, -1));
        if (pass && literalUrlPassword(user, pass)) return "password in URL";
      }
    }
    const path23 = rest ?? "";
    if (hasTemplate(path23) || placeholderReason(path23.replace(/^\//, "")) === "xxx" || /x{4,}|X{4,}|0{8,}|\.\.\.|<[^>]*>/.test(path23)) continue;
    for (const w of WEBHOOK_HOSTS) if (w.host.test(host) && w.path.test(path23)) return "webhook URL";
    if (/\/hooks\/(?:[\w-]+\/)?[A-Za-z0-9_-]{20,}/.test(path23) && shannon(path23.slice(path23.indexOf("/hooks/") + 7)) > 3.5) return "webhook URL";
    const q = TOKEN_QUERY.exec(path23);
    if (q && !hasTemplate(q[1]) && classifyValue(q[1], { where: "content" }).credential && shannon(q[1]) > 3.5) return "token in URL";
  }
  return void 0;
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function literalUrlPassword(user, pass) {
  if (URL_PLACEHOLDER_PASS.test(pass)) return false;
  if (/^(?:user|username|usr|myuser|myacct|me|name)$/i.test(user) && /^(?:pass\w*|pwd|secret|my\w+)$/i.test(pass)) return false;
  const v = classifyValue(pass, { where: "content" });
  return v.credential;
}
function hasTemplate(v) {
  TEMPLATE_REF.lastIndex = 0;
  return TEMPLATE_REF.test(v) || SHELL_VAR.test(v) || /\$[A-Z_]{3,}/.test(v);
}
function classifyValue(value, ctx = {}) {
  const v = value.trim().replace(/^(['"])(.*)\1$/s, "$2").trim();
  const where = ctx.where ?? (ctx.key ? "setting" : "content");
  if (v === "" || v === "~" || v === "null") return verdict("empty", "empty");
  if (isSopsEncrypted(v) || SOPS_OR_CIPHERTEXT.some((r2) => r2.test(v))) return verdict("encrypted", "ciphertext");
  const urlReason = /:\/\//.test(v) ? credentialUrlReason(v) : void 0;
  if (urlReason) return verdict("literal", urlReason, true);
  const pem = /-----BEGIN /.test(v);
  if (pem) {
    if (PUBLIC_MATERIAL.test(v) && !/PRIVATE KEY/.test(v)) return verdict("public", "public key or certificate");
    const t = truncatedPem(v);
    if (t) return verdict("truncated", t);
    if (/PRIVATE KEY/.test(v)) return verdict("literal", "private key", true);
  }
  if (PUBLIC_MATERIAL.test(v)) return verdict("public", "public key or certificate");
  if (v.includes("\n") || /^(?:\{(?!\{)|\[)[\s\S]*[}\]]$/.test(v)) return verdict("literal", "text", !ctx.key || where === "content");
  if (REFERENCE_SCHEMES.test(v)) return verdict("reference", "secret manager reference");
  if (SHELL_VAR.test(v)) return verdict("reference", "variable");
  TEMPLATE_REF.lastIndex = 0;
  if (TEMPLATE_REF.test(v)) {
    const rest = v.replace(TEMPLATE_REF, "REF");
    const m = CONNECTION_PASSWORD.exec(rest);
    if (m && m[1] !== "REF" && classifyValue(m[1], { where: "content" }).credential) return verdict("literal", "password in connection string", true);
    return verdict("reference", "template or variable");
  }
  if (/^<[^<>]*>$/.test(v)) return verdict("placeholder", "angle brackets");
  const p = placeholderReason(v);
  if (p) return verdict("placeholder", p);
  const d = dummyReason(v);
  if (d) return verdict("dummy", d);
  if (ctx.key && where === "setting" && namesAKey(ctx.key, v)) return verdict("key-name", "names a Secret or a key");
  if (v.length >= 8 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0) {
    const text = printableText(decodeBase64(v) ?? Buffer.alloc(0));
    if (text && text.trim() && /[a-z]/i.test(text) && text !== v) {
      const inner = classifyValue(text.trim(), { where: "content" });
      if (["placeholder", "dummy", "reference", "truncated"].includes(inner.kind) && inner.reason !== "prose") return verdict(inner.kind, `base64 of ${inner.reason}`);
    }
  }
  if (/^(?:[^:\s]+:)?(?:\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$\S+|\$[156]\$[^$\s]+\$\S+|\{SSHA\}\S+|\$apr1\$\S+)$/.test(v)) return verdict("setting", "password hash");
  if (where === "setting" && /^[\w.-]+\.(?:pem|crt|cert|key|jks|p12|pfx|keystore|truststore|json|ya?ml|txt|conf)$/i.test(v)) return verdict("setting", "file name");
  if (where === "setting" && FILE_PATH.test(v) && v.length > 1) return verdict("reference", "file path");
  if (ctx.key) {
    const role = keyRole(ctx.key);
    if (role === "non-credential") return verdict("setting", "non-secret setting");
    const words = keyWords(ctx.key);
    const connectionKey = words.some((w) => /^(?:dsn|url|uri|connection|conn|string|connectionstring|endpoint)$/.test(w)) || /(?:connectionstring|databaseurl|dburl)$/i.test(words.join(""));
    if (connectionKey) {
      const m = CONNECTION_PASSWORD.exec(v);
      if (m && classifyValue(m[1], { where: "content" }).credential) return verdict("literal", "password in connection string", true);
      return verdict("setting", "connection string without a password");
    }
    if (where === "setting" && /^(?:true|false|yes|no|on|off)$/i.test(v)) return verdict("setting", "boolean");
    if (where === "setting" && /^\d{1,3}$|^\d+(?:\.\d+)?(?:ms|s|m|h|d)$/.test(v)) return verdict("setting", "number or duration");
    if (/(?:^|_)access_?key$/.test(keyWords(ctx.key).join("_")) && ctx.siblings?.some((k) => /(?:^|_)secret_?(?:access_?)?key$/.test(keyWords(k).join("_")))) return verdict("setting", "access key id beside its secret key");
    if (role === "credential") return verdict("literal", "literal under a credential name", true);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s]*$/i.test(v)) return verdict("setting", "URL without credentials");
  if (!ctx.key || where === "content") return verdict("literal", "literal", true);
  if (where === "setting") return verdict("literal", "literal under a neutral name");
  return verdict("literal", looksRandom(v) ? "random-looking literal" : "literal under a neutral name", looksRandom(v));
}
function looksRandom(v) {
  if (v.length < 16 || /\s/.test(v)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r2) => r2.test(v)).length;
  return classes >= 2 && shannon(v) >= 3.5;
}
var CREDENTIAL_WORD, CREDENTIAL_SUFFIX, SETTING_LAST, KNOWN_SETTINGS, KEY_NAME_KEY, REFERENCE_SCHEMES, TEMPLATE_REF, SHELL_VAR, FILE_PATH, SOPS_OR_CIPHERTEXT, PUBLIC_MATERIAL, PLACEHOLDER_TEXT, PLACEHOLDER_PREFIX, ARTICLE_WORDS, DUMMY_WORD, FILLER, SCREAMING_SNAKE, FAKE_UUID, PEM_PRIVATE, URL_RE, WEBHOOK_HOSTS, TOKEN_QUERY, URL_PLACEHOLDER_PASS, CONNECTION_PASSWORD, verdict;
var init_classify = __esm({
  "src/rules/classify.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_values();
    CREDENTIAL_WORD = /^(?:pass|password|passwd|passphrase|pwd|pw|secret|secrets|token|tokens|key|keys|apikey|api_key|credential|credentials|creds|auth|authorization|bearer|privatekey|private|salt|pin|otp|cookie|signingkey|secretkey|accesskey|jwt|dsn)$/;
    CREDENTIAL_SUFFIX = /(?:password|passwd|passphrase|secret|token|apikey|accesskey|secretkey|privatekey|accountkey|credentials?)$/;
    SETTING_LAST = /^(?:user|username|usr|login|host|hostname|hosts|port|ports|address|addresses|addr|endpoint|endpoints|server|servers|database|db|dbname|schema|alg|algorithm|algorithms|ips|ip|cidr|cidrs|email|mail|region|zone|namespace|namespaces|id|ids|uid|name|names|type|types|kind|mode|method|methods|length|size|ttl|expiry|expiration|expires|timeout|interval|period|duration|lifetime|age|enabled|enable|disabled|required|optional|create|generate|rotate|rotation|version|format|encoding|header|headers|field|fields|prefix|suffix|policy|policies|path|paths|file|files|filename|filenames|filepath|folder|dir|directory|mount|mountpath|ref|keyref|selector|issuer|audience|audiences|scope|scopes|url|uri|urls|provider|source|store|backend|ops|operations|usage|usages|use|annotations|labels|label|count|retries|min|max|strength|hash|hashing|cost|rounds|iterations|location|class|image|tag|repository|registry|level|limit|limits|resources|config|options|opts|params|enabled)$/;
    KNOWN_SETTINGS = /^(?:initial[-_ ]?cluster[-_ ]?token|cluster[-_ ]?token|token[-_ ]?review|csrf[-_ ]?token[-_ ]?name|secret[-_ ]?name|secret[-_ ]?names|key[-_ ]?name|key[-_ ]?id|public[-_ ]?key|publickey|cache[-_ ]?key|primary[-_ ]?key|partition[-_ ]?key|sort[-_ ]?key|routing[-_ ]?key|topology[-_ ]?key|shard[-_ ]?key|hash[-_ ]?key|(?:\w+_)?label[-_ ]?key|(?:\w+_)?annotation[-_ ]?key|node[-_ ]?key|map[-_ ]?key|lookup[-_ ]?key|idempotency[-_ ]?key|key[-_ ]?prefix|key[-_ ]?suffix|keyspace|key[-_ ]?space)$/i;
    KEY_NAME_KEY = /^existing[-_ ]?secret|(?:secret|key)[-_ ]?(?:name|ref)s?$|keyref$|secretref$/i;
    REFERENCE_SCHEMES = /^(?:ref\+[a-z0-9]+:\/\/|berglas:\/\/|sm:\/\/|akv:\/\/|op:\/\/|bws:\/\/|keyvault:\/\/|azurekeyvault:\/\/|awssm:\/\/|gcpsm:\/\/|vault:\/\/|secret:\/\/|secrets\+literal:\/\/ref\+|vault:[\w/.-]+(?:#\w+)?$|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[^/\s]+\/secrets\/|sops:\/\/|gsm:\/\/|aws-sm:\/\/|k8s:\/\/|env:\/\/)/i;
    TEMPLATE_REF = /\{\{.*?\}\}|\$\{[^}\s]+\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|<path:[^>]+>|\$\{\{.*?\}\}|%\{[^}\s]+\}|#\{[^}\s]+\}/gs;
    SHELL_VAR = /^\$[A-Za-z_][A-Za-z0-9_]*$/;
    FILE_PATH = /^(?:\/|\.\.?\/|~\/)[\w./@-]*$/;
    SOPS_OR_CIPHERTEXT = [
      /^-----BEGIN (?:AGE ENCRYPTED FILE|PGP MESSAGE)-----/,
      /^\$ANSIBLE_VAULT;\d\.\d;AES256/,
      /^\0GITCRYPT\0/,
      /^AgB[A-Za-z0-9+/]{100,}={0,2}$/
      // kubeseal --raw output
    ];
    PUBLIC_MATERIAL = /^\s*(?:-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|TRUSTED CERTIFICATE|PGP PUBLIC KEY BLOCK|SSH2 PUBLIC KEY)-----|(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA|age1[0-9a-z]{58}$)/;
    PLACEHOLDER_TEXT = /change[-_ ]?(?:me|it|this)\b|changeme|replace[-_ ]?(?:me|this|with)|\bfill[-_ ]?(?:me|in)\b|goes[-_ ]?here|\bput[-_ ].{0,40}\bhere\b|placeholder|redacted|\bto[-_ ]be[-_ ](?:set|replaced|filled|changed)|\bnot[-_ ]?set\b|\bexample\b|example[-_.]?(?:com|org|net)|\bdummy\b|\bsample\b|base64[-_ ]?encoded|^your[a-z]|\blorem\b|\bipsum\b/i;
    PLACEHOLDER_PREFIX = /^(?:insert|enter|replace|your|add|set|put|fill|paste|provide)[-_ ]/i;
    ARTICLE_WORDS = /^(?:my|your|some|the|a|an|our|their)[-_ ][a-z0-9]+(?:[-_ ][a-z0-9]+)*$/i;
    DUMMY_WORD = /^(?:foo|bar|baz|qux|quux|corge|grault|garply|waldo|fred|plugh|xyzzy|thud|hello|world|string|value|text|abc|abcd|abc123|123|1234|12345|123456|secret-value|some-value|value\d*|val|null|none|nil|undefined|empty|todo|tbd|n\/a|na|unknown|xxx|yyy|zzz|hello\d*|world\d*|foo\d*|bar\d*|baz\d*)$/i;
    FILLER = /^(?:x{3,}|X{3,}|\*{3,}|\.{3,}|-{3,}|_{3,}|#{3,}|0{6,}|…+|•+)$/;
    SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
    FAKE_UUID = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-/i;
    PEM_PRIVATE = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----([\s\S]*?)(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/;
    URL_RE = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s/?#@'"`]*@)?([^\s/?#'"`]+)([^\s'"`]*)/gi;
    WEBHOOK_HOSTS = [
      { host: /^hooks\.slack\.com$/i, path: /^\/(?:services|workflows|triggers)\/[A-Z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]{8,}/ },
      { host: /(?:^|\.)webhook\.office\.com$|^outlook\.office(?:365)?\.com$/i, path: /^\/webhook(?:b2)?\/[\w@-]{20,}/i },
      { host: /(?:^|\.)logic\.azure\.com(?::\d+)?$|(?:^|\.)environment\.api\.powerplatform\.com/i, path: /sig=[\w%-]{20,}/ },
      { host: /^(?:ptb\.|canary\.)?discord(?:app)?\.com$/i, path: /^\/api\/webhooks\/\d{10,}\/[\w-]{30,}/ },
      { host: /^chat\.googleapis\.com$/i, path: /[?&]token=[\w%-]{20,}/ }
    ];
    TOKEN_QUERY = /[?&](?:access_token|token|api_key|apikey|key|sig|signature|x-amz-signature|auth|password|secret)=([^&#\s]{16,})/i;
    URL_PLACEHOLDER_PASS = /^(?:pass|passwd|password|pwd|secret|mypass|mypassword|yourpassword|pw|p|xxx+|\*+|token|apikey|api_key|key)$/i;
    CONNECTION_PASSWORD = /(?:^|[;?&\s])(?:password|pwd|pass|accountkey|sharedaccesskey|access[-_]?key|secret)\s*=\s*([^;&\s'"]+)/i;
    verdict = (kind, reason, credential = false) => ({ kind, credential, reason });
  }
});

// src/rules/embedded.ts
function isStructured(text) {
  const t = text.trim();
  if (/^[{[]/.test(t) && /[}\]]$/.test(t)) return true;
  if (/-----BEGIN /.test(t)) return false;
  const lines2 = t.split("\n").filter((l) => l.trim() && !/^\s*[#;]/.test(l));
  if (lines2.length < 2) return false;
  const pairs = lines2.filter((l) => PAIR.test(l) || /^\s*\[[^\]]+\]\s*$/.test(l) || /^\s*-\s/.test(l)).length;
  return pairs / lines2.length >= 0.5;
}
function embeddedCredential(text, depth = 0) {
  if (depth > 2) return void 0;
  const t = text.trim();
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(t)) {
    if (!truncatedPem(t.slice(t.indexOf("-----BEGIN ")))) return "private key";
  }
  if (/^[{[]/.test(t)) {
    try {
      return inJson(JSON.parse(t), "", depth);
    } catch {
    }
  }
  for (const line of t.split("\n")) {
    const m = PAIR.exec(line);
    if (!m) {
      const url = classifyValue(line.trim(), { where: "content" });
      if (url.credential && /:\/\//.test(line)) return url.reason;
      continue;
    }
    const found = leaf(m[1], m[2].replace(/^(['"])(.*)\1$/, "$2"), depth);
    if (found) return found;
  }
  return void 0;
}
function inJson(v, key, depth) {
  if (typeof v === "string") return leaf(key, v, depth);
  if (Array.isArray(v)) {
    for (const i of v) {
      const r2 = inJson(i, key, depth);
      if (r2) return r2;
    }
  } else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      const r2 = inJson(x, k, depth);
      if (r2) return r2;
    }
  }
  return void 0;
}
function leaf(key, value, depth) {
  if (!value) return void 0;
  if (isStructured(value)) return embeddedCredential(value, depth + 1);
  if (/^auth$/i.test(key)) {
    const text = printableText(decodeBase64(value) ?? Buffer.alloc(0));
    if (text && /^[^:]+:(.+)$/.test(text)) {
      const pass = text.slice(text.indexOf(":") + 1);
      return classifyValue(pass, { key: "password", where: "setting" }).credential ? "registry auth" : void 0;
    }
  }
  const v = classifyValue(value, key ? { key, where: "setting" } : { where: "content" });
  if (!v.credential) return void 0;
  if (!key && !/:\/\/|PRIVATE KEY/.test(value)) return void 0;
  return v.reason;
}
var PAIR;
var init_embedded = __esm({
  "src/rules/embedded.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_classify();
    init_values();
    PAIR = /^\s*(?:-\s+)?["']?([\w.@/-]+)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;
  }
});

// src/rules/checks/context.ts
function resourceOf(obj, key) {
  return { kind: obj.kind ?? "unknown", name: obj.name, namespace: obj.namespace, key };
}
function* leaves(node, path23 = [], keyNode) {
  if (!node) return;
  if (node.type === "scalar") {
    yield { path: path23, value: node, key: keyNode };
    return;
  }
  if (node.type === "seq") {
    for (let i = 0; i < node.items.length; i++) yield* leaves(node.items[i], [...path23, String(i)], keyNode);
    return;
  }
  for (const p of node.pairs) {
    if (p.key.type !== "scalar") continue;
    yield* leaves(p.value, [...path23, p.key.value], p.key);
  }
}
function* scalarPairs(node) {
  if (node?.type !== "map") return;
  for (const p of node.pairs) if (p.key.type === "scalar" && p.value.type === "scalar") yield { key: p.key, value: p.value };
}
var init_context = __esm({
  "src/rules/checks/context.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_documents();
  }
});

// src/rules/checks/secret.ts
function hasSopsBlock(obj) {
  const sops = get(obj.node, "sops");
  return sops?.type === "map" && !!get(sops, "mac") && !!get(sops, "version");
}
function isSealedKeyBackup(obj) {
  const labels = get(obj.node, "metadata", "labels");
  return !!get(labels, SEALED_KEY_LABEL) && !!get(obj.node, "data", "tls.key");
}
function plainOf(section2, raw) {
  if (section2 === "stringData") return { text: raw, binary: false };
  const bytes2 = decodeBase64(raw);
  if (!bytes2) return { text: raw, binary: false };
  const text = printableText(bytes2);
  return { text, binary: text === void 0 };
}
function secretValueVerdict(key, text) {
  if (text === void 0) {
    return keyRole(key) === "non-credential" ? { kind: "setting", credential: false, reason: "binary data under a non-secret name" } : { kind: "literal", credential: true, reason: "binary data" };
  }
  const value = text.trim();
  const decoded = /^[A-Za-z0-9+/\r\n]{24,}={0,2}$/.test(value) ? printableText(decodeBase64(value) ?? Buffer.alloc(0)) : void 0;
  const inner = decoded && isStructured(decoded) ? decoded : value;
  if (isStructured(inner)) {
    const reason = embeddedCredential(inner);
    return reason ? { kind: "literal", credential: true, reason } : { kind: "setting", credential: false, reason: "configuration without a credential" };
  }
  const v = classifyValue(value, { key, where: "secret" });
  if (v.credential) return v;
  if (v.kind === "literal" && embeddedCredential(value)) return { ...v, credential: true };
  return v;
}
function sopsMustEncrypt(obj) {
  const sops = get(obj.node, "sops");
  const encRegex = str2(get(sops, "encrypted_regex"));
  const unencRegex = str2(get(sops, "unencrypted_regex"));
  const encSuffix = str2(get(sops, "encrypted_suffix"));
  const unencSuffix = str2(get(sops, "unencrypted_suffix")) ?? "_unencrypted";
  const safeRe = (s) => {
    try {
      return s ? new RegExp(s) : void 0;
    } catch {
      return void 0;
    }
  };
  const enc = safeRe(encRegex);
  const unenc = safeRe(unencRegex);
  return (path23) => {
    if (path23[0] === "sops") return false;
    const secretSection = obj.kind === "Secret" && (path23[0] === "data" || path23[0] === "stringData");
    if (secretSection) return true;
    if (enc) return path23.some((p) => enc.test(p));
    if (unenc) return !path23.some((p) => unenc.test(p));
    if (encSuffix) return path23.some((p) => p.endsWith(encSuffix));
    return !path23.some((p) => p.endsWith(unencSuffix)) && !["apiVersion", "kind", "metadata"].includes(path23[0] ?? "");
  };
}
function templateHoldsLiteral(key, value) {
  const rest = value.replace(/\{\{.*?\}\}/gs, " ").trim();
  if (!rest) return false;
  if (isStructured(rest) || /[:=]/.test(rest)) return embeddedCredential(value.replace(/\{\{.*?\}\}/gs, "{{ref}}")) !== void 0;
  return secretValueVerdict(key, rest).credential;
}
var SEALED_KEY_LABEL, CONFIGURATION, k8sSecretPlaintext, sealedSecretsMasterKey, sopsUnencryptedValue, sealedSecretTemplateLiteral;
var init_secret = __esm({
  "src/rules/checks/secret.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_values();
    init_classify();
    init_embedded();
    init_context();
    SEALED_KEY_LABEL = "sealedsecrets.bitnami.com/sealed-secrets-key";
    CONFIGURATION = /* @__PURE__ */ new Set(["literal", "setting"]);
    k8sSecretPlaintext = (obj) => {
      if (obj.kind !== "Secret") return [];
      if (str2(get(obj.node, "$patch")) === "delete") return [];
      if (hasSopsBlock(obj) || isSealedKeyBackup(obj)) return [];
      const kubesec = obj.kubesecTrailer;
      const hits = [];
      let configuration;
      for (const section2 of ["data", "stringData"]) {
        for (const { key, value } of scalarPairs(get(obj.node, section2))) {
          const raw = value.value;
          if (kubesec && isKubesecEncrypted(raw)) continue;
          const outer = classifyValue(raw, { where: "content" });
          if (!["literal", "public", "setting"].includes(outer.kind)) continue;
          const plain = plainOf(section2, raw);
          const v = secretValueVerdict(key.value, plain.text);
          const hit = { at: value, key, secret: raw, resource: resourceOf(obj, key.value), data: { section: section2 } };
          if (v.credential) hits.push(hit);
          else if (CONFIGURATION.has(v.kind)) configuration ??= { ...hit, severity: "warning" };
        }
      }
      if (hits.length === 0 && configuration) return [configuration];
      return hits;
    };
    sealedSecretsMasterKey = (obj) => {
      if (obj.kind !== "Secret" || !isSealedKeyBackup(obj)) return [];
      const v = get(obj.node, "data", "tls.key");
      const key = get(obj.node, "data")?.pairs?.find((p) => str2(p.key) === "tls.key")?.key;
      if (v?.type !== "scalar" || ["empty", "reference", "placeholder"].includes(classifyValue(v.value).kind)) return [];
      return [{ at: v, key, secret: v.value, resource: resourceOf(obj, "tls.key") }];
    };
    sopsUnencryptedValue = (obj) => {
      if (!hasSopsBlock(obj)) return [];
      const must = sopsMustEncrypt(obj);
      const hits = [];
      for (const { path: path23, value, key } of leaves(obj.node)) {
        if (!must(path23)) continue;
        if (isSopsEncrypted(value.value) || classifyValue(value.value).kind !== "literal") continue;
        if (!value.plain && value.value === "") continue;
        hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, path23.join(".")), data: { field: path23.join(".") } });
      }
      return hits;
    };
    sealedSecretTemplateLiteral = (obj) => {
      if (obj.kind !== "SealedSecret") return [];
      const hits = [];
      for (const { key, value } of scalarPairs(get(obj.node, "spec", "template", "data"))) {
        if (!templateHoldsLiteral(key.value, value.value)) continue;
        hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, key.value) });
      }
      return hits;
    };
  }
});

// src/constants.ts
var LAST_APPLIED, LAST_APPLIED_ANNOTATIONS;
var init_constants = __esm({
  "src/constants.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    LAST_APPLIED_ANNOTATIONS = [LAST_APPLIED, "kubecfg.ksonnet.io/last-applied-configuration"];
  }
});

// src/rules/checks/workload.ts
function* containerLists(node, depth = 0) {
  if (!node || depth > 12) return;
  if (node.type === "seq") {
    for (const i of node.items) yield* containerLists(i, depth + 1);
    return;
  }
  if (node.type !== "map") return;
  for (const p of node.pairs) {
    const k = str2(p.key);
    if ((k === "containers" || k === "initContainers" || k === "ephemeralContainers") && p.value.type === "seq") yield p.value;
    else yield* containerLists(p.value, depth + 1);
  }
}
function credentialIn(name, value, siblings) {
  return classifyValue(value.value, { key: name, where: "setting", siblings }).credential;
}
function decodedCredential(v) {
  const bytes2 = v.length >= 12 ? decodeBase64(v) : void 0;
  const text = bytes2 && printableText(bytes2);
  if (!text) return false;
  if (isCredentialUrl(text)) return true;
  const m = /^([^\s:]{1,64}):([^\s]{6,})$/.exec(text);
  return !!m && classifyValue(m[2], { key: "password", where: "setting" }).credential;
}
function helmValueIsCredential(path23, value) {
  const name = path23[path23.length - 1] ?? "";
  if (path23.slice(0, -1).some((p) => KEY_NAME_PARENT.test(p))) return false;
  return classifyValue(value, { key: name, where: "setting" }).credential;
}
var workloadEnvCredential, configMapCredential, helmValuesCredential, lastAppliedSecret, KEY_NAME_PARENT;
var init_workload = __esm({
  "src/rules/checks/workload.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_values();
    init_classify();
    init_embedded();
    init_context();
    init_constants();
    workloadEnvCredential = (obj) => {
      if (!obj.kind || obj.kind === "Secret" || obj.kind === "ConfigMap") return [];
      const hits = [];
      for (const list of containerLists(obj.node)) {
        if (list.type !== "seq") continue;
        for (const c of list.items) {
          const env = get(c, "env");
          if (env?.type !== "seq") continue;
          const names = env.items.map((e) => str2(get(e, "name")) ?? "");
          for (const e of env.items) {
            const name = str2(get(e, "name"));
            const value = get(e, "value");
            if (!name || value?.type !== "scalar") continue;
            if (credentialIn(name, value, names)) {
              hits.push({ at: value, secret: value.value, resource: { ...resourceOf(obj, name), key: name }, data: { key: name } });
            }
          }
        }
      }
      return hits;
    };
    configMapCredential = (obj) => {
      if (obj.kind !== "ConfigMap") return [];
      const hits = [];
      for (const section2 of ["data", "binaryData"]) {
        for (const { key, value } of scalarPairs(get(obj.node, section2))) {
          const name = key.value;
          const found = isStructured(value.value) ? embeddedCredential(value.value) !== void 0 : credentialIn(name, value) || (isSensitiveKey(name) || /auth|cred/i.test(name)) && decodedCredential(value.value);
          if (found) hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, name), data: { key: name } });
        }
      }
      return hits;
    };
    helmValuesCredential = (obj) => {
      if (obj.kind || obj.apiVersion) return [];
      const hits = [];
      for (const { path: path23, value, key } of leaves(obj.node)) {
        const name = path23[path23.length - 1] ?? "";
        if (/^\d+$/.test(name)) continue;
        if (value.block || !helmValueIsCredential(path23, value.value)) continue;
        {
          hits.push({ at: value, key, secret: value.value, resource: { kind: "values", key: path23.join(".") }, data: { key: path23.join(".") } });
        }
      }
      return hits;
    };
    lastAppliedSecret = (obj) => {
      const ann = get(obj.node, "metadata", "annotations");
      const node = get(ann, LAST_APPLIED);
      if (node?.type !== "scalar") return [];
      let embedded;
      try {
        embedded = JSON.parse(node.value);
      } catch {
        return [];
      }
      if (embedded?.kind !== "Secret") return [];
      const keys = [];
      for (const section2 of ["data", "stringData"]) {
        const m = embedded[section2];
        if (m && typeof m === "object") {
          for (const [k, v] of Object.entries(m)) {
            if (typeof v !== "string") continue;
            const text = section2 === "data" ? printableText(decodeBase64(v) ?? Buffer.alloc(0)) : v;
            if (text === void 0 || classifyValue(text, { key: k, where: "secret" }).credential || isStructured(text) && embeddedCredential(text)) keys.push(k);
          }
        }
      }
      if (keys.length === 0) return [];
      const key = ann?.type === "map" ? ann.pairs.find((p) => str2(p.key) === LAST_APPLIED)?.key : void 0;
      return [{ at: node, key, secret: node.value, resource: resourceOf(obj, keys.join(",")), data: { keys: keys.join(", ") } }];
    };
    KEY_NAME_PARENT = /^(?:secretKeys|existingSecret\w*|secretKeyRef|secretRef|valueFrom|keyRefs?)$/i;
  }
});

// src/rules/checks/config.ts
function dirOf(file) {
  const i = file.lastIndexOf("/");
  return i < 0 ? "" : file.slice(0, i + 1);
}
function normalise(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
var kubeconfigCredential, dockerConfigAuth, etcdEncryptionKey, kustomizeSecretGenerator, ESO_KINDS, esoDeprecatedApi, secretStoreLiteralCredential, externalSecretTemplateLiteral;
var init_config = __esm({
  "src/rules/checks/config.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_values();
    init_classify();
    init_secret();
    init_context();
    kubeconfigCredential = (obj) => {
      if (obj.kind !== "Config" || !get(obj.node, "users")) return [];
      const hits = [];
      const SENSITIVE = /^(?:client-key-data|token|password|client-secret|refresh-token|id-token|access-token)$/;
      for (const { path: path23, value, key } of leaves(get(obj.node, "users"))) {
        const name = path23[path23.length - 1] ?? "";
        const inExecEnv = path23.includes("exec") && path23.includes("env") && name === "value";
        if (!SENSITIVE.test(name) && !inExecEnv) continue;
        if (!classifyValue(value.value, { key: inExecEnv ? "token" : name, where: "secret" }).credential) continue;
        hits.push({ at: value, key, secret: value.value, resource: { kind: "Config", key: name }, data: { key: name } });
      }
      return hits;
    };
    dockerConfigAuth = (obj) => {
      const auths = get(obj.node, "auths");
      if (obj.kind || auths?.type !== "map") return [];
      const hits = [];
      for (const { path: path23, value, key } of leaves(auths)) {
        const name = path23[path23.length - 1];
        if (name !== "auth" && name !== "password" && name !== "identitytoken" && name !== "registrytoken") continue;
        if (classifyValue(value.value, { key: name === "auth" ? "auth" : name, where: "secret" }).kind !== "literal") continue;
        if (name === "auth") {
          const text = printableText(decodeBase64(value.value) ?? Buffer.alloc(0));
          if (!text || !/^[^:]*:.+/.test(text)) continue;
        }
        hits.push({ at: value, key, secret: value.value, resource: { kind: "DockerConfig", name: path23[0], key: name }, data: { key: name, registry: path23[0] ?? "" } });
      }
      return hits;
    };
    etcdEncryptionKey = (obj) => {
      if (obj.kind !== "EncryptionConfiguration" && obj.kind !== "EncryptionConfig") return [];
      const hits = [];
      for (const { path: path23, value, key } of leaves(get(obj.node, "resources"))) {
        if (path23[path23.length - 1] !== "secret") continue;
        const provider = path23.find((p) => /^(?:aescbc|aesgcm|secretbox)$/.test(p));
        if (!provider || !classifyValue(value.value, { key: "secret", where: "secret" }).credential) continue;
        hits.push({ at: value, key, secret: value.value, resource: { kind: obj.kind, key: provider }, data: { provider } });
      }
      return hits;
    };
    kustomizeSecretGenerator = (obj) => {
      if (obj.kind !== void 0 && obj.kind !== "Kustomization" && obj.kind !== "Component") return [];
      const gens = get(obj.node, "secretGenerator");
      if (gens?.type !== "seq") return [];
      const hits = [];
      for (const g of gens.items) {
        const name = str2(get(g, "name"));
        const namespace = str2(get(g, "namespace"));
        const literals = get(g, "literals");
        if (literals?.type === "seq") {
          for (const l of literals.items) {
            if (l.type !== "scalar") continue;
            const eq = l.value.indexOf("=");
            if (eq < 0) continue;
            const k = l.value.slice(0, eq).trim();
            const v = l.value.slice(eq + 1).trim().replace(/^(['"])(.*)\1$/, "$2");
            if (!classifyValue(v, { key: k, where: "secret" }).credential) continue;
            hits.push({ at: l, secret: v, resource: { kind: "secretGenerator", name, namespace, key: k }, data: { key: k } });
          }
        }
        for (const field of ["files", "envs", "env"]) {
          const list = get(g, field);
          const items = list?.type === "seq" ? list.items : list?.type === "scalar" ? [list] : [];
          for (const item of items) {
            if (item.type !== "scalar") continue;
            const rel2 = item.value.includes("=") ? item.value.slice(item.value.indexOf("=") + 1) : item.value;
            const target = normalise(dirOf(obj.file) + rel2.trim());
            const content = obj.readFile?.(target);
            if (content === void 0 || content.trim() === "") continue;
            if (/^sops:|"sops":|ENC\[AES256_GCM/m.test(content)) continue;
            hits.push({ at: item, secret: content.slice(0, 64), resource: { kind: "secretGenerator", name, namespace, key: rel2.trim() }, data: { key: rel2.trim(), file: target } });
          }
        }
      }
      return hits;
    };
    ESO_KINDS = /* @__PURE__ */ new Set(["ExternalSecret", "ClusterExternalSecret", "SecretStore", "ClusterSecretStore", "PushSecret"]);
    esoDeprecatedApi = (obj) => {
      if (!obj.kind || !ESO_KINDS.has(obj.kind) || obj.apiVersion !== "external-secrets.io/v1beta1") return [];
      const at = get(obj.node, "apiVersion");
      return [{ at, secret: "", resource: resourceOf(obj) }];
    };
    secretStoreLiteralCredential = (obj) => {
      if (obj.kind !== "SecretStore" && obj.kind !== "ClusterSecretStore") return [];
      const hits = [];
      const SENSITIVE = /^(?:token|password|secret|secretAccessKey|accessKeyID|accessKeyId|clientSecret|apiKey|privateKey|secretAccessKeyID|sessionToken|value)$/;
      for (const { path: path23, value, key } of leaves(get(obj.node, "spec", "provider"))) {
        const name = path23[path23.length - 1] ?? "";
        if (!SENSITIVE.test(name)) continue;
        if (name === "value" || path23.includes("fake")) continue;
        if (path23.some((p) => /SecretRef$|secretRef$|Ref$/.test(p))) continue;
        if (!classifyValue(value.value, { key: name, where: "setting" }).credential) continue;
        hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, path23.join(".")), data: { field: path23.join(".") } });
      }
      return hits;
    };
    externalSecretTemplateLiteral = (obj) => {
      if (obj.kind !== "ExternalSecret" && obj.kind !== "PushSecret") return [];
      const hits = [];
      for (const { key, value } of scalarPairs(get(obj.node, "spec", "target", "template", "data") ?? get(obj.node, "spec", "template", "data"))) {
        if (!templateHoldsLiteral(key.value, value.value)) continue;
        hits.push({ at: value, key, secret: value.value, resource: resourceOf(obj, key.value) });
      }
      return hits;
    };
  }
});

// src/rules/checks/index.ts
var CHECKS;
var init_checks = __esm({
  "src/rules/checks/index.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_secret();
    init_workload();
    init_config();
    CHECKS = {
      "k8s-secret": k8sSecretPlaintext,
      "sealed-secrets-key": sealedSecretsMasterKey,
      "sops-unencrypted": sopsUnencryptedValue,
      "sealedsecret-template": sealedSecretTemplateLiteral,
      "workload-env": workloadEnvCredential,
      configmap: configMapCredential,
      "helm-values": helmValuesCredential,
      "last-applied": lastAppliedSecret,
      kubeconfig: kubeconfigCredential,
      "docker-config": dockerConfigAuth,
      "etcd-encryption": etcdEncryptionKey,
      kustomize: kustomizeSecretGenerator,
      "eso-deprecated": esoDeprecatedApi,
      "secretstore-literal": secretStoreLiteralCredential,
      "externalsecret-template": externalSecretTemplateLiteral
    };
  }
});

// src/rules/validators.ts
function crc32Of(text) {
  const bytes2 = Buffer.from(text, "latin1");
  if (typeof import_node_zlib.crc32 === "function") return (0, import_node_zlib.crc32)(bytes2) >>> 0;
  let c = 4294967295;
  for (const b of bytes2) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? c >>> 1 ^ 3988292384 : c >>> 1;
  }
  return (c ^ 4294967295) >>> 0;
}
function base62(n, width = 6) {
  let s = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, "0");
}
function prefixedBase62Crc(secret) {
  const body = secret.slice(secret.indexOf("_") + 1);
  if (body.length !== 36) return false;
  return base62(crc32Of(body.slice(0, 30))) === body.slice(30);
}
function grafanaCrc(secret) {
  const m = /^(gl[a-z]+_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  const c = crc32Of(m[1]);
  const le = Buffer.alloc(4);
  le.writeUInt32LE(c);
  return le.toString("hex") === m[2];
}
function bech32(secret) {
  const s = secret.toLowerCase();
  const sep = s.lastIndexOf("1");
  if (sep < 1 || s.length - sep < 7) return false;
  const hrp = s.slice(0, sep);
  const values = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...values];
  return bech32Polymod(expanded) === 1;
}
function bech32Polymod(values) {
  const GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ GEN[i]) >>> 0;
  }
  return chk;
}
function fromBase64(s) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return void 0;
  return Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}
function jsonObject(b64) {
  const bytes2 = fromBase64(b64);
  if (!bytes2) return void 0;
  try {
    const v = JSON.parse(bytes2.toString("utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function pypiMacaroon(secret) {
  const bytes2 = fromBase64(secret.replace(/^pypi-/, ""));
  if (!bytes2 || bytes2.length < 60 || bytes2[0] !== 2) return false;
  if (bytes2[1] !== 1 || !/^(?:test\.)?pypi\.org$/.test(bytes2.subarray(3, 3 + bytes2[2]).toString("latin1"))) return false;
  return bytes2[bytes2.length - 34] === 6 && bytes2[bytes2.length - 33] === 32;
}
function jwtHeader(secret) {
  const header2 = jsonObject(secret.split(".")[0]);
  return typeof header2?.alg === "string";
}
function jwtUnsigned(secret) {
  const parts = secret.split(".");
  const header2 = jsonObject(parts[0]);
  return typeof header2?.alg === "string" && header2.alg.toLowerCase() === "none" && jsonObject(parts[1] ?? "") !== void 0;
}
function prefixedJson(secret) {
  const body = secret.slice(secret.indexOf("_") + 1);
  return jsonObject(body) !== void 0;
}
function sentryOrgToken(secret) {
  const m = /^sntrys_([A-Za-z0-9+/=]+)_([A-Za-z0-9+/]+)$/.exec(secret);
  const payload = m && jsonObject(m[1]);
  return !!payload && typeof payload.iat === "number";
}
function base64Of64Bytes(secret) {
  return /^[A-Za-z0-9+/]{86}==$/.test(secret) && Buffer.from(secret, "base64").length === 64;
}
function azureSasSignature(secret) {
  let b64;
  try {
    b64 = decodeURIComponent(secret);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9+/]{43}=$/.test(b64) && Buffer.from(b64, "base64").length === 32;
}
function literalCredential(secret, groups) {
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(secret)) return false;
  return classifyValue(secret, { key: groups?.key ?? "password", where: "setting" }).credential;
}
function userinfoPassword(secret) {
  const at = secret.indexOf(":");
  const password = at < 0 ? "" : secret.slice(at + 1);
  return password !== "" && classifyValue(password, { key: "password", where: "setting" }).credential;
}
function authorizationCredential(secret, groups) {
  if ((groups?.scheme ?? "").toLowerCase() === "basic") {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret)) return false;
    const plain = Buffer.from(secret, "base64").toString("utf8");
    return /^[\x20-\x7e]+$/.test(plain) && plain.includes(":") && userinfoPassword(plain);
  }
  return classifyValue(secret, { key: "token", where: "setting" }).credential;
}
var import_node_zlib, BASE62, BECH32, VALIDATORS;
var init_validators = __esm({
  "src/rules/validators.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_zlib = require("node:zlib");
    init_classify();
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    VALIDATORS = {
      "github-crc32": { description: "CRC32 of the 30 random characters, base62, as the last 6 characters (GitHub, npm)", check: prefixedBase62Crc },
      "grafana-crc32": { description: "CRC32 of prefix and secret, little-endian hex, after the last underscore", check: grafanaCrc },
      bech32: { description: "Bech32 checksum (BIP-173)", check: bech32 },
      "pypi-macaroon": { description: "base64url macaroon v2 for pypi.org ending in its 32-byte signature", check: pypiMacaroon },
      "jwt-header": { description: "header decodes to JSON naming an algorithm", check: jwtHeader },
      "jwt-unsigned": { description: "header says alg none and the claims decode to JSON", check: jwtUnsigned },
      "prefixed-json": { description: "the part after the prefix decodes to a JSON object", check: prefixedJson },
      "sentry-org-token": { description: "payload decodes to JSON with an issue time (iat)", check: sentryOrgToken },
      "base64-64-bytes": { description: "base64 of exactly 64 bytes", check: base64Of64Bytes },
      "literal-credential": { description: "the value classifier's verdict: a literal credential under the name it is assigned to", check: literalCredential },
      "userinfo-password": { description: "user:password with a literal password", check: userinfoPassword },
      "authorization-credential": { description: "Basic decodes to user:password with a literal password; Bearer is a literal token", check: authorizationCredential },
      "azure-sas-signature": { description: "URL-encoded base64 of a 32-byte HMAC-SHA256", check: azureSasSignature }
    };
  }
});

// src/rules/load.ts
var load_exports = {};
__export(load_exports, {
  builtinRulesDir: () => builtinRulesDir,
  compileRule: () => compileRule,
  loadBuiltinRules: () => loadBuiltinRules,
  loadRulesDir: () => loadRulesDir,
  readRuleFile: () => readRuleFile,
  ruleFiles: () => ruleFiles
});
function builtinRulesDir() {
  let dir = import_node_path.default.dirname((0, import_node_url.fileURLToPath)(__sgImportMetaUrl));
  for (let i = 0; i < 6; i++) {
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(dir, "rules")) && (0, import_node_fs.existsSync)(import_node_path.default.join(dir, "package.json"))) return import_node_path.default.join(dir, "rules");
    dir = import_node_path.default.dirname(dir);
  }
  throw new ConfigError(["cannot find the built-in rules/ folder next to the sealgate package"]);
}
function readRuleFile(file, problems) {
  const text = (0, import_node_fs.readFileSync)(file, "utf8");
  const [doc, ...more] = parseManifest(text, file);
  if (!doc || more.length > 0) {
    problems.push(`${file}: a rule file holds exactly one YAML document`);
    return void 0;
  }
  if (doc.error) {
    problems.push(`${file}: not valid YAML: ${doc.error}`);
    return void 0;
  }
  return doc.value;
}
function ruleFiles(dir) {
  const out = [];
  const walk2 = (d) => {
    for (const e of (0, import_node_fs.readdirSync)(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      if (e.isDirectory()) walk2(import_node_path.default.join(d, e.name));
      else if (/\.ya?ml$/.test(e.name)) out.push(import_node_path.default.join(d, e.name));
    }
  };
  walk2(dir);
  return out;
}
function loadRulesDir(dir, problems) {
  const rules = [];
  const seen = /* @__PURE__ */ new Map();
  for (const file of ruleFiles(dir)) {
    const spec = readRuleFile(file, problems);
    if (spec === void 0) continue;
    const rule = compileRule(spec, file, problems);
    if (rule) {
      if (import_node_path.default.basename(file).replace(/\.ya?ml$/, "") !== rule.id) problems.push(`${file}: id '${rule.id}' must match the file name`);
      const other = seen.get(rule.id);
      if (other) problems.push(`${file}: id '${rule.id}' is also used by ${other}`);
      seen.set(rule.id, file);
      rules.push(rule);
    }
  }
  return rules;
}
function isStringArray(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function compileRule(raw, file, problems, requireExamples = true) {
  const before = problems.length;
  const bad = (field, msg) => problems.push(`${file}: ${field}: ${msg}`);
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    problems.push(`${file}: a rule must be a mapping`);
    return void 0;
  }
  const r2 = raw;
  for (const k of Object.keys(r2)) if (!KEYS.has(k)) bad(k, "unknown field");
  if (typeof r2.id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(r2.id)) bad("id", "required, lower-case letters, digits and dashes");
  for (const f of ["description", "message"]) if (typeof r2[f] !== "string" || r2[f] === "") bad(f, "required string");
  if (typeof r2.severity !== "string" || !SEVERITIES.has(r2.severity)) bad("severity", "must be error, warning or note");
  if (r2.keywords !== void 0 && !isStringArray(r2.keywords)) bad("keywords", "must be a list of strings");
  if (r2.check === void 0 && r2.pattern === void 0) bad("check", "a rule needs 'pattern' (content rule) or 'check' (manifest rule)");
  if (r2.check !== void 0 && (typeof r2.check !== "string" || !(r2.check in CHECKS))) {
    bad("check", `unknown check '${String(r2.check)}' (known: ${Object.keys(CHECKS).join(", ")})`);
  }
  let regex;
  if (r2.pattern !== void 0) {
    if (typeof r2.pattern !== "string") bad("pattern", "must be a string");
    else {
      const flags = typeof r2.flags === "string" ? r2.flags : "";
      if (/[^imsu]/.test(flags)) bad("flags", "only i, m, s and u are allowed");
      try {
        regex = new RegExp(r2.pattern, `g${flags.replace(/g/g, "")}`);
      } catch (e) {
        bad("pattern", e.message);
      }
    }
  }
  const group2 = r2.secretGroup ?? 0;
  if (typeof group2 !== "number" || !Number.isInteger(group2) || group2 < 0) bad("secretGroup", "must be a whole number");
  else if (regex && requireExamples) {
    const groups = new RegExp(`${regex.source}|`).exec("").length - 1;
    if (group2 > groups) bad("secretGroup", `is ${group2} but the pattern has ${groups} group(s)`);
  }
  if (r2.entropy !== void 0 && (typeof r2.entropy !== "number" || r2.entropy < 0 || r2.entropy > 8)) bad("entropy", "must be a number from 0 to 8");
  for (const f of ["paths", "kinds"]) if (r2[f] !== void 0 && !isStringArray(r2[f])) bad(f, "must be a list of strings");
  if (isStringArray(r2.paths)) for (const g of r2.paths) {
    const m = checkGlob(g);
    if (m) bad("paths", `bad glob '${g}': ${m}`);
  }
  const allow = r2.allowlist ?? {};
  if (typeof allow !== "object" || Array.isArray(allow)) bad("allowlist", "must be a mapping");
  else {
    for (const k of Object.keys(allow)) if (!ALLOW_KEYS.has(k)) bad(`allowlist.${k}`, "unknown field");
    for (const k of ALLOW_KEYS) if (allow[k] !== void 0 && !isStringArray(allow[k])) bad(`allowlist.${k}`, "must be a list of strings");
  }
  const allowRegexes = [];
  if (isStringArray(allow.regexes)) for (const s of allow.regexes) {
    try {
      allowRegexes.push(new RegExp(s));
    } catch (e) {
      bad("allowlist.regexes", e.message);
    }
  }
  if (r2.fix !== void 0 && (!isStringArray(r2.fix) || !r2.fix.every((x) => FIXES.has(x)))) bad("fix", "must be a list of seal, external");
  const decodings = decodingsOf(r2.decoded, (m) => bad("decoded", m));
  rejectIneffective(r2, bad);
  checkProviderFields(r2, bad);
  const examples = requireExamples || r2.examples !== void 0 ? checkExamples(r2.examples, (f, m) => bad(f, m)) : { valid: [], invalid: [] };
  if (problems.length > before) return void 0;
  return {
    id: r2.id,
    description: r2.description,
    severity: r2.severity,
    message: r2.message,
    keywords: (r2.keywords ?? []).map((k) => k.toLowerCase()),
    check: r2.check,
    regex,
    pattern: r2.pattern,
    secretGroup: group2,
    entropy: r2.entropy,
    appliesTo: isStringArray(r2.paths) && r2.paths.length ? compileGlobs(r2.paths) : void 0,
    kinds: r2.kinds ?? [],
    allowRegexes,
    stopwords: (allow.stopwords ?? []).map((s) => s.toLowerCase()),
    allowPaths: isStringArray(allow.paths) && allow.paths.length ? compileGlobs(allow.paths) : void 0,
    fix: r2.fix,
    decodings,
    provider: r2.provider,
    credential: r2.credential,
    rotate: r2.rotate,
    validate: r2.validate,
    validator: typeof r2.validate === "string" ? VALIDATORS[r2.validate].check : void 0,
    examples,
    file
  };
}
function checkProviderFields(r2, bad) {
  for (const f of ["provider", "credential"]) {
    if (r2[f] !== void 0 && (typeof r2[f] !== "string" || r2[f] === "")) bad(f, "must be a non-empty string");
  }
  if (r2.rotate !== void 0 && (typeof r2.rotate !== "string" || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(r2.rotate))) bad("rotate", "must be an https:// URL");
  if (r2.provider !== void 0) {
    if (r2.credential === void 0) bad("credential", "required when 'provider' is set");
    if (r2.rotate === void 0) bad("rotate", "required when 'provider' is set");
  }
  if (r2.validate !== void 0) {
    if (typeof r2.validate !== "string" || !Object.hasOwn(VALIDATORS, r2.validate)) {
      bad("validate", `unknown validator '${String(r2.validate)}' (known: ${Object.keys(VALIDATORS).join(", ")})`);
    } else if (r2.pattern === void 0) bad("validate", "only content rules (with 'pattern') can be validated");
  }
}
function decodingsOf(v, bad) {
  if (v === void 0 || v === true) return ["base64"];
  if (v === false) return [];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => x === "base64" || x === "hex")) return [...new Set(v)];
  bad("must be true, false or a list of base64, hex");
  return [];
}
function rejectIneffective(r2, bad) {
  if (r2.check !== void 0 && r2.pattern !== void 0) bad("check", "a rule has either 'pattern' (content rule) or 'check' (manifest rule), not both");
  else if (r2.check !== void 0) {
    for (const f of ["flags", "secretGroup", "decoded"]) if (r2[f] !== void 0) bad(f, "only content rules ('pattern') use it; a manifest rule ('check') would ignore it");
  } else if (r2.pattern !== void 0) {
    if (r2.kinds !== void 0) bad("kinds", "only manifest rules ('check') are dispatched by kind; a content rule reads every file its 'paths' allow");
    if (r2.fix !== void 0) bad("fix", "only manifest rules ('check') that report a Secret can be fixed; a content rule would ignore it");
  }
}
function checkExamples(raw, bad) {
  if (!raw || typeof raw !== "object") {
    bad("examples", "required: valid and invalid examples");
    return void 0;
  }
  const ex = raw;
  for (const k of Object.keys(ex)) if (k !== "valid" && k !== "invalid") bad(`examples.${k}`, "unknown field");
  const out = { valid: [], invalid: [] };
  for (const kind of ["valid", "invalid"]) {
    const list = ex[kind];
    if (!Array.isArray(list) || list.length === 0) {
      bad(`examples.${kind}`, "at least one example is required");
      continue;
    }
    const names = /* @__PURE__ */ new Set();
    list.forEach((e, i) => {
      const where = `examples.${kind}[${i}]`;
      if (!e || typeof e !== "object") return bad(where, "must be a mapping");
      const o = e;
      for (const k of Object.keys(o)) if (!EXAMPLE_KEYS.has(k)) bad(`${where}.${k}`, "unknown field");
      if (typeof o.name !== "string") bad(`${where}.name`, "required string");
      else if (names.has(o.name)) bad(`${where}.name`, `duplicate example name '${o.name}'`);
      else names.add(o.name);
      if (typeof o.code !== "string") bad(`${where}.code`, "required string");
      if (o.path !== void 0 && typeof o.path !== "string") bad(`${where}.path`, "must be a string");
      if (o.line !== void 0 && typeof o.line !== "number") bad(`${where}.line`, "must be a number");
      out[kind].push(o);
    });
  }
  return out;
}
function loadBuiltinRules() {
  if (cached) return cached;
  const problems = [];
  const rules = typeof define_SEALGATE_EMBEDDED_RULES_default !== "undefined" ? define_SEALGATE_EMBEDDED_RULES_default.flatMap(({ file, spec }) => compileRule(spec, file, problems, false) ?? []) : loadRulesDir(builtinRulesDir(), problems);
  if (problems.length) throw new ConfigError(problems);
  cached = rules;
  return rules;
}
var import_node_fs, import_node_path, import_node_url, KEYS, ALLOW_KEYS, EXAMPLE_KEYS, SEVERITIES, FIXES, cached;
var init_load = __esm({
  "src/rules/load.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    import_node_url = require("node:url");
    init_errors();
    init_documents();
    init_glob();
    init_checks();
    init_validators();
    KEYS = /* @__PURE__ */ new Set([
      "id",
      "description",
      "severity",
      "message",
      "keywords",
      "check",
      "pattern",
      "flags",
      "secretGroup",
      "entropy",
      "paths",
      "kinds",
      "allowlist",
      "fix",
      "decoded",
      "examples",
      "provider",
      "credential",
      "rotate",
      "validate"
    ]);
    ALLOW_KEYS = /* @__PURE__ */ new Set(["regexes", "stopwords", "paths"]);
    EXAMPLE_KEYS = /* @__PURE__ */ new Set(["name", "path", "code", "line"]);
    SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "note"]);
    FIXES = /* @__PURE__ */ new Set(["seal", "external"]);
  }
});

// node_modules/re2js/build/index.js
var RE2Flags, PublicFlags, ASCII_SIZE, ASCII_TO_UPPER, ASCII_TO_LOWER, MAX_BMP, Codepoint, UnicodeRangeTable, B64, B64_MAP, decodeVLQ, decodeRanges, decodeOrbit, LazyMap, UnicodeTables, Unicode, RE2JSException, RE2JSSyntaxException, RE2JSCompileException, RE2JSGroupException, RE2JSFlagsException, RE2JSInternalException, FAST_PATH_TABLE_SIZE, WORD_RUNE_TABLE, cachedNativeEncoder, cachedNativeDecoder, Utils, createEnum, MatcherInputBase, Utf8MatcherInput, Utf16MatcherInput, MatcherInput, MachineInputBase, MachineUTF8Input, MachineUTF16Input, MachineInput, Matcher, Inst, Queue, LookbehindState, Machine, hashState, arraysEqual, isState, NO_IDS, END_TEXT, DFAState, DFA, VISITED_BITS, MAX_BACKTRACK_PROG, INITIAL_JOB_CAPACITY, MAX_BACKTRACK_VECTOR, BitState, bitStatePool, Backtracker, QueueOnePass, mergeRuneSets, OnePassProg, onePassCopy, makeOnePass, cleanupOnePass, OnePass, Regexp, RegexpWalker, AhoCorasick, Prefilter, PrefilterTree, PatchList, Prog, ANY_RUNE_NOT_NL, ANY_RUNE, Frag, Compiler, Simplify, CharGroup, code1, code2, code3, PERL_GROUPS, code4, code5, code6, code7, code8, code9, code10, code11, code12, code13, code14, code15, code16, code17, POSIX_GROUPS, CharClass, StringIterator, Parser, RE2, RE2Set, TranslateRegExpString, execResult, RE2JS;
var init_build = __esm({
  "node_modules/re2js/build/index.js"() {
    init_define_SEALGATE_EMBEDDED_RULES();
    RE2Flags = class RE2Flags2 {
      static FOLD_CASE = 1;
      static LITERAL = 2;
      static CLASS_NL = 4;
      static DOT_NL = 8;
      static ONE_LINE = 16;
      static NON_GREEDY = 32;
      static PERL_X = 64;
      static UNICODE_GROUPS = 128;
      static WAS_DOLLAR = 256;
      static LOOKBEHIND = 512;
      static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
      static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
      static POSIX = 0;
      static UNANCHORED = 0;
      static ANCHOR_START = 1;
      static ANCHOR_BOTH = 2;
    };
    PublicFlags = {
      CASE_INSENSITIVE: 1,
      DOTALL: 2,
      MULTILINE: 4,
      DISABLE_UNICODE_GROUPS: 8,
      LONGEST_MATCH: 16,
      LOOKBEHINDS: 512
    };
    ASCII_SIZE = 128;
    ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
    ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
    MAX_BMP = 65535;
    for (let i = 0; i < ASCII_SIZE; i++) {
      if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
      else ASCII_TO_UPPER[i] = i;
      if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
      else ASCII_TO_LOWER[i] = i;
    }
    Codepoint = class {
      static CODES = Object.freeze({
        "\x07": 7,
        "\b": 8,
        "	": 9,
        "\n": 10,
        "\v": 11,
        "\f": 12,
        "\r": 13,
        " ": 32,
        '"': 34,
        $: 36,
        "&": 38,
        "'": 39,
        "(": 40,
        ")": 41,
        "*": 42,
        "+": 43,
        "-": 45,
        ".": 46,
        0: 48,
        1: 49,
        2: 50,
        3: 51,
        4: 52,
        5: 53,
        6: 54,
        7: 55,
        8: 56,
        9: 57,
        ":": 58,
        "<": 60,
        ">": 62,
        "?": 63,
        A: 65,
        B: 66,
        C: 67,
        F: 70,
        P: 80,
        Q: 81,
        U: 85,
        Z: 90,
        "[": 91,
        "\\": 92,
        "]": 93,
        "^": 94,
        _: 95,
        "`": 96,
        a: 97,
        b: 98,
        f: 102,
        i: 105,
        m: 109,
        n: 110,
        r: 114,
        s: 115,
        t: 116,
        v: 118,
        x: 120,
        z: 122,
        "{": 123,
        "|": 124,
        "}": 125
      });
      static toUpperCase(codepoint) {
        if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
        const s = String.fromCodePoint(codepoint).toUpperCase();
        const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (s.length > expectedLen) return codepoint;
        const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
        const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
        return s.codePointAt(0);
      }
      static toLowerCase(codepoint) {
        if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
        const s = String.fromCodePoint(codepoint).toLowerCase();
        const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (s.length > expectedLen) return codepoint;
        const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
        const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
        if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
        return s.codePointAt(0);
      }
    };
    UnicodeRangeTable = class {
      /**
      * @param {Uint32Array | number[]} data
      * @param {boolean} isStride1
      */
      constructor(data, isStride1 = false) {
        this.data = data;
        this.isStride1 = isStride1;
        this.SIZE = isStride1 ? 2 : 3;
      }
      getLo(index) {
        return this.data[index * this.SIZE];
      }
      getHi(index) {
        return this.data[index * this.SIZE + 1];
      }
      getStride(index) {
        return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
      }
      get length() {
        return this.data.length / this.SIZE;
      }
    };
    B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
    B64_MAP = /* @__PURE__ */ new Uint8Array(256);
    for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
    decodeVLQ = (str3) => {
      const res = [];
      let value = 0;
      let shift = 0;
      for (let i = 0; i < str3.length; i++) {
        const digit = B64_MAP[str3.charCodeAt(i)];
        value |= (digit & 31) << shift;
        if ((digit & 32) === 0) {
          res.push(value);
          value = 0;
          shift = 0;
        } else shift += 5;
      }
      return res;
    };
    decodeRanges = (str3, isStride1) => {
      const res = decodeVLQ(str3);
      const numRanges = isStride1 ? res.length / 2 : res.length / 3;
      const out = new Uint32Array(numRanges * 3);
      let current = 0;
      let resIdx = 0;
      for (let i = 0; i < numRanges; i++) {
        current += res[resIdx++];
        out[i * 3] = current;
        current += res[resIdx++];
        out[i * 3 + 1] = current;
        out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
      }
      return out;
    };
    decodeOrbit = (str3) => {
      const res = decodeVLQ(str3);
      const map = /* @__PURE__ */ new Map();
      let currentKey = 0;
      for (let i = 0; i < res.length; i += 2) {
        currentKey += res[i];
        const zz = res[i + 1];
        const delta = zz >>> 1 ^ -(zz & 1);
        map.set(currentKey, currentKey + delta);
      }
      return map;
    };
    LazyMap = class {
      constructor(initializer) {
        this.initializer = initializer;
        this.cache = /* @__PURE__ */ new Map();
      }
      has(key) {
        return Object.hasOwn(this.initializer, key);
      }
      get(key) {
        if (this.cache.has(key)) return this.cache.get(key);
        const val = this.has(key) ? this.initializer[key]() : null;
        this.cache.set(key, val);
        return val;
      }
    };
    UnicodeTables = class {
      static _CASE_ORBIT = null;
      static get CASE_ORBIT() {
        if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
        return this._CASE_ORBIT;
      }
      static _Print = null;
      static get Print() {
        if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
        return this._Print;
      }
      static CATEGORIES = new LazyMap({
        C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
        Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
        Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
        Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
        Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
        Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
        L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
        Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
        Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
        Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
        Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
        M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
        Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
        Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
        Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
        N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
        Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
        Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
        No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
        P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
        Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
        Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
        Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
        Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
        Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
        Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
        Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
        S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
        Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
        Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
        Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
        So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
        Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
        Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
        Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
        Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
        ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
        Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
        Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
        Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
        Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
        Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
        Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
        Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
        Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
        Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
        Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
        Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
        Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
        Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
        White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
      });
      static SCRIPTS = new LazyMap({
        Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
        Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
        Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
        Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
        Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
        Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
        Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
        Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
        Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
        Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
        Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
        Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
        Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
        Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
        Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
        Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
        Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
        Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
        Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
        Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
        Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
        Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
        Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
        Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
        Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
        Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
        Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
        Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
        Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
        Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
        Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
        Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
        Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
        Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
        Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
        Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
        Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
        Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
        Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
        Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
        Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
        Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
        Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
        Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
        Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
        Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
        Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
        Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
        Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
        Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
        Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
        Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
        Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
        Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
        Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
        Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
        Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
        Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
        Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
        Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
        Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
        Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
        Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
        Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
        Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
        Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
        Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
        Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
        Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
        Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
        Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
        Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
        Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
        Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
        Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
        Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
        Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
        Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
        Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
        Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
        Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
        Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
        Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
        Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
        Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
        Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
        Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
        Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
        Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
        Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
        Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
        Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
        Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
        Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
        Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
        Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
        Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
        Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
        Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
        Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
        Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
        Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
        Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
        New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
        Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
        Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
        Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
        Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
        Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
        Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
        Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
        Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
        Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
        Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
        Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
        Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
        Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
        Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
        Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
        Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
        Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
        Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
        Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
        Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
        Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
        Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
        Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
        Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
        Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
        Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
        Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
        Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
        Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
        Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
        Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
        Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
        Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
        SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
        Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
        Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
        Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
        Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
        Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
        Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
        Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
        Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
        Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
        Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
        Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
        Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
        Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
        Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
        Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
        Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
        Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
        Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
        Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
        Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
        Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
        Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
        Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
        Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
        Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
        Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
        Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
        Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
        Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
        Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
        Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
        Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
        Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
        Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
        Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
        Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
        Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
      });
      static FOLD_CATEGORIES = new LazyMap({
        L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
        LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
        Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
        Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
        Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
        M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
        Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
        Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
        Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
        Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
        Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
        Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
      });
      static FOLD_SCRIPT = new LazyMap({
        Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
        Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
        Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
      });
    };
    Unicode = class Unicode2 {
      static MAX_RUNE = 1114111;
      static RUNE_ERROR = 65533;
      static isUnsearchable(r2) {
        return r2 === Unicode2.RUNE_ERROR || r2 >= Unicode2.MIN_HIGH_SURROGATE && r2 <= Unicode2.MAX_LOW_SURROGATE;
      }
      static MAX_ASCII = 127;
      static MAX_LATIN1 = 255;
      static MAX_BMP = 65535;
      static MIN_FOLD = 65;
      static MAX_FOLD = 125251;
      static MIN_HIGH_SURROGATE = 55296;
      static MAX_HIGH_SURROGATE = 56319;
      static MIN_LOW_SURROGATE = 56320;
      static MAX_LOW_SURROGATE = 57343;
      static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
      static is32(ranges, r2) {
        let lo = 0;
        let hi = ranges.length;
        while (lo < hi) {
          const m = lo + Math.floor((hi - lo) / 2);
          const rlo = ranges.getLo(m);
          const rhi = ranges.getHi(m);
          if (rlo <= r2 && r2 <= rhi) {
            const stride = ranges.getStride(m);
            return (r2 - rlo) % stride === 0;
          }
          if (r2 < rlo) hi = m;
          else lo = m + 1;
        }
        return false;
      }
      static is(ranges, r2) {
        if (r2 <= Unicode2.MAX_LATIN1) {
          for (let i = 0; i < ranges.length; i++) {
            if (r2 > ranges.getHi(i)) continue;
            const rlo = ranges.getLo(i);
            if (r2 < rlo) return false;
            const stride = ranges.getStride(i);
            return (r2 - rlo) % stride === 0;
          }
          return false;
        }
        return ranges.length > 0 && r2 >= ranges.getLo(0) && Unicode2.is32(ranges, r2);
      }
      static isPrint(r2) {
        if (r2 <= Unicode2.MAX_LATIN1) return r2 >= 32 && r2 < Unicode2.MAX_ASCII || r2 >= 161 && r2 !== 173;
        return Unicode2.is(UnicodeTables.Print, r2);
      }
      static simpleFold(r2) {
        if (UnicodeTables.CASE_ORBIT.has(r2)) return UnicodeTables.CASE_ORBIT.get(r2);
        if (r2 <= Unicode2.MAX_ASCII) {
          const l = Codepoint.toLowerCase(r2);
          return l !== r2 ? l : Codepoint.toUpperCase(r2);
        }
        return r2;
      }
      static equalsIgnoreCase(r1, r2) {
        if (r1 === r2) return true;
        if (r1 < 0 || r2 < 0) return false;
        if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
          if (65 <= r1 && r1 <= 90) r1 |= 32;
          if (65 <= r2 && r2 <= 90) r2 |= 32;
          return r1 === r2;
        }
        for (let r3 = Unicode2.simpleFold(r1); r3 !== r1; r3 = Unicode2.simpleFold(r3)) if (r3 === r2) return true;
        return false;
      }
    };
    RE2JSException = class extends Error {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSException";
      }
    };
    RE2JSSyntaxException = class extends RE2JSException {
      /**
      * @param {string} error
      * @param {string|null} [input=null]
      */
      constructor(error, input = null) {
        let message = `error parsing regexp: ${error}`;
        if (input) message += `: \`${input}\``;
        super(message);
        this.name = "RE2JSSyntaxException";
        this.message = message;
        this.error = error;
        this.input = input;
      }
      /**
      * Retrieves the description of the error.
      * @returns {string}
      */
      getDescription() {
        return this.error;
      }
      /**
      * Retrieves the erroneous regular-expression pattern.
      * @returns {string|null}
      */
      getPattern() {
        return this.input;
      }
    };
    RE2JSCompileException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSCompileException";
      }
    };
    RE2JSGroupException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSGroupException";
      }
    };
    RE2JSFlagsException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSFlagsException";
      }
    };
    RE2JSInternalException = class extends RE2JSException {
      /** @param {string} message */
      constructor(message) {
        super(message);
        this.name = "RE2JSInternalException";
      }
    };
    FAST_PATH_TABLE_SIZE = 256;
    WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
    for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
    cachedNativeEncoder = null;
    cachedNativeDecoder = null;
    Utils = class Utils2 {
      static METACHARACTERS = "\\.+*?()|[]{}^$";
      static EMPTY_BEGIN_LINE = 1;
      static EMPTY_END_LINE = 2;
      static EMPTY_BEGIN_TEXT = 4;
      static EMPTY_END_TEXT = 8;
      static EMPTY_WORD_BOUNDARY = 16;
      static EMPTY_NO_WORD_BOUNDARY = 32;
      static EMPTY_ALL = -1;
      static emptyInts() {
        return [];
      }
      static isString(value) {
        return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
      }
      static typeName(value) {
        if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
        return Object.prototype.toString.call(value).slice(8, -1);
      }
      static checkPattern(pattern) {
        if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
      }
      static checkInput(input) {
        if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
      }
      static checkFlags(flags) {
        const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
        if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
      }
      static isByteArray(input) {
        return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
      }
      static isalnum(c) {
        return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
      }
      static unhex(c) {
        if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
        if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
        if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
        return -1;
      }
      static escapeRune(rune) {
        let out = "";
        if (Unicode.isPrint(rune)) {
          if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
          out += String.fromCodePoint(rune);
        } else switch (rune) {
          case Codepoint.CODES['"']:
            out += '\\"';
            break;
          case Codepoint.CODES["\\"]:
            out += "\\\\";
            break;
          case Codepoint.CODES["	"]:
            out += "\\t";
            break;
          case Codepoint.CODES["\n"]:
            out += "\\n";
            break;
          case Codepoint.CODES["\r"]:
            out += "\\r";
            break;
          case Codepoint.CODES["\b"]:
            out += "\\b";
            break;
          case Codepoint.CODES["\f"]:
            out += "\\f";
            break;
          default: {
            let s = rune.toString(16);
            if (rune < 256) {
              out += "\\x";
              if (s.length === 1) out += "0";
              out += s;
            } else out += `\\x{${s}}`;
            break;
          }
        }
        return out;
      }
      static stringToRunes(str3) {
        const string = String(str3);
        const runes = [];
        let i = 0;
        while (i < string.length) {
          const cp = string.codePointAt(i);
          runes.push(cp);
          i += cp > Unicode.MAX_BMP ? 2 : 1;
        }
        return new Int32Array(runes);
      }
      static runeToString(r2) {
        return String.fromCodePoint(r2);
      }
      static isWordRune(r2) {
        return r2 < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r2] === 1 : false;
      }
      static emptyOpContext(r1, r2) {
        let op = 0;
        if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
        if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
        if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
        if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
        if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
        else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
        return op;
      }
      /**
      * Returns a string that quotes all regular expression metacharacters inside the argument text;
      * the returned string is a regular expression matching the literal text. For example,
      * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
      * @param {string} str
      * @returns {string}
      */
      static quoteMeta(str3) {
        return str3.split("").map((s) => {
          if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
          return s;
        }).join("");
      }
      static charCount(codePoint) {
        return codePoint > Unicode.MAX_BMP ? 2 : 1;
      }
      /**
      * High-speed conversion from TypedArrays to standard JS Arrays.
      * Bypasses the expensive Symbol.iterator overhead of Array.from()
      */
      static toArray(typedArray) {
        const len = typedArray.length;
        const res = new Array(len);
        for (let i = 0; i < len; i++) res[i] = typedArray[i];
        return res;
      }
      static stringToUtf8ByteArray(str3) {
        if (globalThis.TextEncoder) {
          if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
          return cachedNativeEncoder.encode(str3);
        } else {
          let out = [], p = 0;
          for (let i = 0; i < str3.length; i++) {
            let c = str3.charCodeAt(i);
            if (c < 128) out[p++] = c;
            else if (c < 2048) {
              out[p++] = c >> 6 | 192;
              out[p++] = c & 63 | 128;
            } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str3.length && (str3.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
              c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str3.charCodeAt(++i) & 1023);
              out[p++] = c >> 18 | 240;
              out[p++] = c >> 12 & 63 | 128;
              out[p++] = c >> 6 & 63 | 128;
              out[p++] = c & 63 | 128;
            } else {
              out[p++] = c >> 12 | 224;
              out[p++] = c >> 6 & 63 | 128;
              out[p++] = c & 63 | 128;
            }
          }
          return out;
        }
      }
      static utf8ByteArrayToString(bytes2) {
        if (globalThis.TextDecoder) {
          if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
          const view = bytes2 instanceof Uint8Array ? bytes2 : new Uint8Array(bytes2);
          return cachedNativeDecoder.decode(view);
        } else {
          let out = [], pos = 0, c = 0;
          while (pos < bytes2.length) {
            let c1 = bytes2[pos++];
            if (c1 < 128) out[c++] = String.fromCharCode(c1);
            else if (c1 > 191 && c1 < 224) {
              let c2 = bytes2[pos++];
              out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
            } else if (c1 > 239 && c1 < 365) {
              let c2 = bytes2[pos++];
              let c3 = bytes2[pos++];
              let c4 = bytes2[pos++];
              let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
              out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
              out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
            } else {
              let c2 = bytes2[pos++];
              let c3 = bytes2[pos++];
              out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
            }
          }
          return out.join("");
        }
      }
    };
    createEnum = (values = [], initNum = 0) => {
      const enumObject = /* @__PURE__ */ Object.create(null);
      for (let i = 0; i < values.length; i++) {
        const val = values[i];
        const keyVal = initNum + i;
        enumObject[val] = keyVal;
        enumObject[keyVal] = val;
      }
      return Object.freeze(enumObject);
    };
    MatcherInputBase = class MatcherInputBase2 {
      static Encoding = createEnum(["UTF_16", "UTF_8"]);
      getEncoding() {
        throw Error("not implemented");
      }
      /** @returns {string} */
      asCharSequence() {
        throw Error("not implemented");
      }
      /** @returns {Uint8Array|number[]|null} */
      asBytes() {
        throw Error("not implemented");
      }
      /** @returns {number} */
      length() {
        throw Error("not implemented");
      }
      /**
      *
      * @returns {boolean}
      */
      isUTF8Encoding() {
        return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
      }
      /**
      *
      * @returns {boolean}
      */
      isUTF16Encoding() {
        return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
      }
    };
    Utf8MatcherInput = class extends MatcherInputBase {
      /** @param {Uint8Array|number[]|null} bytes */
      constructor(bytes2 = null) {
        super();
        this.bytes = bytes2;
      }
      getEncoding() {
        return MatcherInputBase.Encoding.UTF_8;
      }
      /**
      *
      * @returns {string}
      */
      asCharSequence() {
        return Utils.utf8ByteArrayToString(this.bytes);
      }
      /**
      *
      * @returns {Uint8Array|number[]|null}
      */
      asBytes() {
        return this.bytes;
      }
      /**
      *
      * @returns {number}
      */
      length() {
        return this.bytes.length;
      }
    };
    Utf16MatcherInput = class extends MatcherInputBase {
      /** @param {string|null} charSequence */
      constructor(charSequence = null) {
        super();
        this.charSequence = charSequence;
      }
      getEncoding() {
        return MatcherInputBase.Encoding.UTF_16;
      }
      /**
      *
      * @returns {string}
      */
      asCharSequence() {
        return this.charSequence;
      }
      /**
      *
      * @returns {number[]}
      */
      asBytes() {
        return Utils.stringToUtf8ByteArray(this.charSequence.toString());
      }
      /**
      *
      * @returns {number}
      */
      length() {
        return this.charSequence.length;
      }
    };
    MatcherInput = class {
      /**
      * Return the MatcherInput for UTF_16 encoding.
      * @returns {Utf16MatcherInput}
      */
      static utf16(charSequence) {
        Utils.checkInput(charSequence);
        return new Utf16MatcherInput(charSequence);
      }
      /**
      * Return the MatcherInput for UTF_8 encoding.
      * @returns {Utf8MatcherInput}
      */
      static utf8(input) {
        if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
        return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
      }
    };
    MachineInputBase = class {
      static EOF() {
        return -8;
      }
      constructor() {
        this.start = 0;
        this.end = 0;
      }
      canCheckPrefix() {
        return true;
      }
      endPos() {
        return this.end - this.start;
      }
      hasString() {
        return false;
      }
      hasAnyString() {
        return false;
      }
      prefixLength() {
        return 0;
      }
    };
    MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
      static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
      constructor(bytes2, start = 0, end = bytes2.length) {
        super();
        this.bytes = bytes2;
        this.start = start;
        this.end = end;
      }
      hasString(prefilter, pos) {
        const target = prefilter.bytes;
        if (target.length === 0) return true;
        const idx = this.indexOf(this.bytes, target, this.start + pos);
        return idx !== -1 && idx <= this.end - target.length;
      }
      hasAnyString(prefilter, pos) {
        return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
      }
      step(pos) {
        pos += this.start;
        if (pos >= this.end) return MachineInputBase.EOF();
        const c = this.bytes[pos] & 255;
        if (c < 128) return c << 3 | 1;
        let size3;
        let rune;
        let lo = 128;
        let hi = 191;
        if (c >= 194 && c <= 223) {
          size3 = 2;
          rune = c & 31;
        } else if (c >= 224 && c <= 239) {
          size3 = 3;
          rune = c & 15;
          if (c === 224) lo = 160;
          else if (c === 237) hi = 159;
        } else if (c >= 240 && c <= 244) {
          size3 = 4;
          rune = c & 7;
          if (c === 240) lo = 144;
          else if (c === 244) hi = 143;
        } else return MachineUTF8Input2.RUNE_ERROR_STEP;
        if (pos + size3 > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
        const c1 = this.bytes[pos + 1] & 255;
        if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c1 & 63;
        if (size3 > 2) {
          const c2 = this.bytes[pos + 2] & 255;
          if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
          rune = rune << 6 | c2 & 63;
          if (size3 > 3) {
            const c3 = this.bytes[pos + 3] & 255;
            if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
            rune = rune << 6 | c3 & 63;
          }
        }
        return rune << 3 | size3;
      }
      index(re2, pos) {
        pos += this.start;
        const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
        return i < 0 ? i : i - pos;
      }
      context(pos) {
        pos += this.start;
        let r1 = -1;
        if (pos > this.start && pos <= this.end) {
          let start = pos - 1;
          r1 = this.bytes[start--];
          if (r1 >= 128) {
            let lim = pos - 4;
            if (lim < this.start) lim = this.start;
            while (start >= lim && (this.bytes[start] & 192) === 128) start--;
            if (start < this.start) start = this.start;
            const r3 = this.step(start - this.start);
            r1 = start + (r3 & 7) === pos ? r3 >> 3 : Unicode.RUNE_ERROR;
          }
        }
        const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
        return Utils.emptyOpContext(r1, r2);
      }
      indexOf(source, target, fromIndex = 0) {
        let targetLength = target.length;
        if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
        const firstByte = target[0];
        let limit = this.end - targetLength;
        const hasNativeIndexOf = typeof source.indexOf === "function";
        let i = fromIndex;
        while (i <= limit) {
          if (hasNativeIndexOf) {
            i = source.indexOf(firstByte, i);
            if (i === -1 || i > limit) return -1;
          } else {
            while (i <= limit && source[i] !== firstByte) i++;
            if (i > limit) return -1;
          }
          let match = true;
          for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
            match = false;
            break;
          }
          if (match) return i;
          i++;
        }
        return -1;
      }
      prefixLength(re2) {
        return re2.prefixUTF8.length;
      }
    };
    MachineUTF16Input = class extends MachineInputBase {
      constructor(charSequence, start = 0, end = charSequence.length) {
        super();
        this.charSequence = charSequence;
        this.start = start;
        this.end = end;
      }
      hasString(prefilter, pos) {
        const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
        return idx !== -1 && idx <= this.end - prefilter.str.length;
      }
      hasAnyString(prefilter, pos) {
        return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
      }
      step(pos) {
        pos += this.start;
        if (pos >= this.end) return MachineInputBase.EOF();
        const c1 = this.charSequence.charCodeAt(pos);
        if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
        const c2 = this.charSequence.charCodeAt(pos + 1);
        if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
        return c1 << 3 | 1;
      }
      index(re2, pos) {
        pos += this.start;
        const i = this.charSequence.indexOf(re2.prefix, pos);
        if (i < 0 || i > this.end - re2.prefix.length) return -1;
        return i - pos;
      }
      context(pos) {
        pos += this.start;
        const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
        const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
        return Utils.emptyOpContext(r1, r2);
      }
      prefixLength(re2) {
        return re2.prefix.length;
      }
    };
    MachineInput = class {
      static fromUTF8(bytes2, start = 0, end = bytes2.length) {
        return new MachineUTF8Input(bytes2, start, end);
      }
      static fromUTF16(charSequence, start = 0, end = void 0) {
        Utils.checkInput(charSequence);
        return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
      }
    };
    Matcher = class Matcher2 {
      /**
      * V8 and WebKit have historical hard limits on the number of arguments
      * that can be passed to a function. We cap replacer arguments to prevent
      * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
      */
      static MAX_REPLACER_ARGS = 65535;
      /**
      * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
      * {@link #appendReplacement} as a literal replacement of {@code s}.
      *
      * @param {string} str the string to be quoted
      * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
      * @returns {string} the quoted string
      */
      static quoteReplacement(str3, javaMode = false) {
        if (javaMode) {
          if (str3.indexOf("\\") < 0 && str3.indexOf("$") < 0) return str3;
          return str3.split("").map((s) => {
            const c = s.codePointAt(0);
            if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
            return s;
          }).join("");
        }
        if (str3.indexOf("$") < 0) return str3;
        return str3.split("").map((s) => {
          if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
          return s;
        }).join("");
      }
      /**
      *
      * @param {import('./index.js').RE2JS} pattern
      * @param {string|number[]|Uint8Array|MatcherInputBase} input
      */
      constructor(pattern, input) {
        if (pattern === null) throw new Error("pattern is null");
        this.patternInput = pattern;
        const re2 = this.patternInput.re2();
        this.patternGroupCount = re2.numberOfCapturingGroups();
        this.groups = [];
        this.namedGroups = re2.namedGroups;
        this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
        this.numberOfInstructions = re2.numberOfInstructions();
        this.lookbehindState = null;
        if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
        else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
        else this.resetMatcherInput(MatcherInput.utf16(input));
      }
      /**
      * Returns the {@code RE2JS} associated with this {@code Matcher}.
      * @returns {import('./index.js').RE2JS}
      */
      pattern() {
        return this.patternInput;
      }
      /**
      * Resets the {@code Matcher}, rewinding input and discarding any match information.
      *
      * @returns {Matcher} the {@code Matcher} itself, for chained method calls
      */
      reset() {
        this.matcherInputLength = this.matcherInput.length();
        this.appendPos = 0;
        this.hasMatch = false;
        this.hasGroups = false;
        this.anchorFlag = 0;
        return this;
      }
      /**
      * Resets the {@code Matcher} and changes the input.
      * @param {string|number[]|Uint8Array|MatcherInputBase} input
      * @returns {Matcher} the {@code Matcher} itself, for chained method calls
      */
      resetMatcherInput(input) {
        if (input === null) throw new Error("input is null");
        if (!(input instanceof MatcherInputBase)) {
          if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
          else input = MatcherInput.utf16(input);
        }
        this.matcherInput = input;
        if (this.lookbehindState !== null) this.lookbehindState.reset();
        else this.lookbehindState = this.patternInput.re2().createLookbehindState();
        this.reset();
        return this;
      }
      /**
      * Returns the start of the named group of the most recent match, or -1 if the group was not
      * matched.
      * @param {string|number} [group=0]
      * @returns {number}
      */
      start(group2 = 0) {
        if (typeof group2 === "string") {
          const groupInt = this.namedGroups[group2];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
          group2 = groupInt;
        }
        this.loadGroup(group2);
        return this.groups[2 * group2];
      }
      /**
      * Returns the end of the named group of the most recent match, or -1 if the group was not
      * matched.
      * @param {string|number} [group=0]
      * @returns {number}
      */
      end(group2 = 0) {
        if (typeof group2 === "string") {
          const groupInt = this.namedGroups[group2];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
          group2 = groupInt;
        }
        this.loadGroup(group2);
        return this.groups[2 * group2 + 1];
      }
      /**
      * Returns the program size of this pattern.
      *
      * <p>
      * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
      * "cost". Larger numbers are more expensive than smaller numbers.
      * </p>
      *
      * @returns {number} the program size of this pattern
      */
      programSize() {
        return this.numberOfInstructions;
      }
      /**
      * Returns the named group of the most recent match, or {@code null} if the group was not matched.
      * @param {string|number} [group=0]
      * @returns {string|null}
      */
      group(group2 = 0) {
        if (typeof group2 === "string") {
          const groupInt = this.namedGroups[group2];
          if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group2}' not found`);
          group2 = groupInt;
        }
        const start = this.start(group2);
        const end = this.end(group2);
        if (start < 0 && end < 0) return null;
        return this.substring(start, end);
      }
      /**
      * Returns a dictionary map of all named capturing groups and their matched values.
      * If a group was not matched, its value will be `null`.
      * @returns {Record<string, string|null>}
      */
      getNamedGroups() {
        if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
        const result = /* @__PURE__ */ Object.create(null);
        for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
        return result;
      }
      /**
      * Returns the number of subgroups in this pattern.
      *
      * @returns {number} the number of subgroups; the overall match (group 0) does not count
      */
      groupCount() {
        return this.patternGroupCount;
      }
      /**
      * Helper: finds subgroup information if needed for group.
      * @param {number} group
      * @private
      */
      loadGroup(group2) {
        if (!Number.isInteger(group2) || group2 < 0 || group2 > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group2}`);
        if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
        if (group2 === 0 || this.hasGroups) return;
        const end = this.matcherInputLength;
        const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
        if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
        this.groups = res[1];
        this.hasGroups = true;
      }
      /**
      * Matches the entire input against the pattern (anchored start and end). If there is a match,
      * {@code matches} sets the match state to describe it.
      *
      * @returns {boolean} true if the entire input matches the pattern
      */
      matches() {
        return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
      }
      /**
      * Matches the beginning of input against the pattern (anchored start). If there is a match,
      * {@code lookingAt} sets the match state to describe it.
      *
      * @returns {boolean} true if the beginning of the input matches the pattern
      */
      lookingAt() {
        return this.genMatch(0, RE2Flags.ANCHOR_START);
      }
      /**
      * Matches the input against the pattern (unanchored), starting at a specified position. If there
      * is a match, {@code find} sets the match state to describe it.
      *
      * @param {number|null} [start=null] the input position where the search begins
      * @returns {boolean} if it finds a match
      * @throws IndexOutOfBoundsException if start is not a valid input position
      */
      find(start = null) {
        if (start !== null) {
          if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
          this.reset();
          return this.genMatch(start, 0);
        }
        start = 0;
        if (this.hasMatch) {
          start = this.groups[1];
          if (this.groups[0] === this.groups[1]) {
            const r2 = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
            if (r2 < 0) start++;
            else start += r2 & 7;
          }
        }
        return this.genMatch(start, RE2Flags.UNANCHORED);
      }
      /**
      * Helper: does match starting at start, with RE2 anchor flag.
      * @param {number} startByte
      * @param {number} anchor
      * @returns {boolean}
      * @private
      */
      genMatch(startByte, anchor) {
        const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
        if (!res[0]) {
          this.hasMatch = false;
          return false;
        }
        this.groups = res[1];
        this.hasMatch = true;
        this.hasGroups = this.patternGroupCount === 0;
        this.anchorFlag = anchor;
        return true;
      }
      /**
      * Helper: return substring for [start, end).
      * @param {number} start
      * @param {number} end
      * @returns {string}
      */
      substring(start, end) {
        if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
        return this.matcherInput.asCharSequence().substring(start, end).toString();
      }
      /**
      * Helper for Pattern: return input length.
      * @returns {number}
      */
      inputLength() {
        return this.matcherInputLength;
      }
      /**
      * Appends to result two strings: the text from the append position up to the beginning of the
      * most recent match, and then the replacement with submatch groups substituted for references to
      * them. It advances the append position to where the most recent match ended.
      *
      * By default the replacement is expanded as by String.prototype.replace (see
      * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
      * many digits as still form a valid group number, ${name} is a named group, and a backslash
      * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
      *
      * @param {string} replacement the replacement string
      * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
      * @returns {string}
      * @throws IllegalStateException if there was no most recent match
      * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
      * @private
      */
      appendReplacement(replacement, javaMode = false) {
        let res = "";
        const s = this.start();
        const e = this.end();
        if (this.appendPos < s) res += this.substring(this.appendPos, s);
        this.appendPos = e;
        res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
        return res;
      }
      /**
      * @param {string} replacement - the replacement string
      * @returns {string}
      * @private
      */
      appendReplacementInternalJava(replacement) {
        let res = "";
        let last = 0;
        const m = replacement.length;
        let i = 0;
        while (i < m) {
          const cCode = replacement.codePointAt(i);
          if (cCode === Codepoint.CODES["\\"]) {
            if (last < i) res += replacement.substring(last, i);
            i++;
            if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
            last = i;
            i++;
            continue;
          }
          if (cCode === Codepoint.CODES["$"]) {
            if (last < i) res += replacement.substring(last, i);
            if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
            const nextCode = replacement.codePointAt(i + 1);
            if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
              let n = nextCode - Codepoint.CODES["0"];
              let j = i + 2;
              for (; j < m; j++) {
                const digit = replacement.codePointAt(j);
                if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
                n = n * 10 + digit - Codepoint.CODES["0"];
              }
              if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
              const group2 = this.group(n);
              if (group2 !== null) res += group2;
              i = j;
              last = i;
            } else if (nextCode === Codepoint.CODES["{"]) {
              let j = i + 2;
              while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
              if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
              const groupName = replacement.substring(i + 2, j);
              const groupVal = this.group(groupName);
              if (groupVal !== null) res += groupVal;
              i = j + 1;
              last = i;
            } else throw new RE2JSGroupException("Illegal group reference");
            continue;
          }
          i++;
        }
        if (last < m) res += replacement.substring(last, m);
        return res;
      }
      /**
      * Expands |replacement| for the current match by the rules of String.prototype.replace
      * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
      * after it, $n and $nn a group (two digits only when they form a valid group number, so with
      * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
      * (empty when no such group), only when the pattern has named groups. Anything else, such as
      * "$0" or "$<" without a closing ">", is kept as is.
      * @param {string} replacement - the replacement string
      * @returns {string}
      * @private
      */
      appendReplacementInternalJs(replacement) {
        const isDigit = (c) => c >= 48 && c <= 57;
        const groupCount = this.patternGroupCount;
        let res = "";
        let i = 0;
        while (i < replacement.length) {
          const dollar = replacement.indexOf("$", i);
          if (dollar < 0) break;
          res += replacement.substring(i, dollar);
          i = dollar;
          const c = replacement.charCodeAt(i + 1);
          if (c === Codepoint.CODES["$"]) {
            res += "$";
            i += 2;
          } else if (c === Codepoint.CODES["&"]) {
            res += this.group(0);
            i += 2;
          } else if (c === Codepoint.CODES["`"]) {
            res += this.substring(0, this.start(0));
            i += 2;
          } else if (c === Codepoint.CODES["'"]) {
            res += this.substring(this.end(0), this.matcherInputLength);
            i += 2;
          } else if (isDigit(c)) {
            let digits = 1;
            let index = c - 48;
            const c2 = replacement.charCodeAt(i + 2);
            if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
              digits = 2;
              index = index * 10 + c2 - 48;
            }
            if (index >= 1 && index <= groupCount) {
              const group2 = this.group(index);
              if (group2 !== null) res += group2;
            } else res += replacement.substring(i, i + 1 + digits);
            i += 1 + digits;
          } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
            const gt = replacement.indexOf(">", i + 2);
            if (gt < 0) {
              res += "$<";
              i += 2;
            } else {
              const name = replacement.substring(i + 2, gt);
              if (Object.hasOwn(this.namedGroups, name)) {
                const group2 = this.group(name);
                if (group2 !== null) res += group2;
              }
              i = gt + 1;
            }
          } else {
            res += "$";
            i += 1;
          }
        }
        return res + replacement.substring(i);
      }
      /**
      * Return the substring of the input from the append position to the end of the
      * input.
      * @returns {string}
      */
      appendTail() {
        return this.substring(this.appendPos, this.matcherInputLength);
      }
      /**
      * Returns the input with all matches replaced by {@code replacement}, interpreted as for
      * {@code appendReplacement}.
      *
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string} the input string with the matches replaced
      * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
      */
      replaceAll(replacement, javaMode = false) {
        return this.replace(replacement, true, javaMode);
      }
      /**
      * Returns the input with the first match replaced by {@code replacement}, interpreted as for
      * {@code appendReplacement}.
      *
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string} the input string with the first match replaced
      * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
      */
      replaceFirst(replacement, javaMode = false) {
        return this.replace(replacement, false, javaMode);
      }
      /**
      * Helper: replaceAll/replaceFirst hybrid.
      * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
      * @param {boolean} [all=true] - replace all matches
      * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
      * @returns {string}
      * @private
      */
      replace(replacement, all = true, javaMode = false) {
        let res = "";
        this.reset();
        const isFunc = typeof replacement === "function";
        let originalInput = null;
        if (isFunc) {
          if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
          originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
        }
        while (this.find()) {
          res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
          if (!all) break;
        }
        res += this.appendTail();
        return res;
      }
      /**
      * Evaluates a replacer function for the current match and appends the result,
      * along with any un-matched preceding text, advancing the append position.
      * @param {Function} replacer - the replacer function
      * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
      * @returns {string} the evaluated string to append
      * @private
      */
      appendReplacementFunc(replacer, originalInput) {
        let res = "";
        const s = this.start();
        const e = this.end();
        if (this.appendPos < s) res += this.substring(this.appendPos, s);
        this.appendPos = e;
        const args = this.matchArray();
        args.push(s, originalInput);
        if (this.hasNamedGroups) args.push(this.namedGroupsObject());
        res += String(replacer(...args));
        return res;
      }
      /**
      * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
      * did not take part in the match. Used by exec(), matchAll() and replacer functions.
      * @returns {Array<string|undefined>}
      * @private
      */
      matchArray() {
        const result = [this.group(0)];
        for (let i = 1; i <= this.patternGroupCount; i++) {
          const group2 = this.group(i);
          result.push(group2 === null ? void 0 : group2);
        }
        return result;
      }
      /**
      * The named groups, as the groups property of a JS RegExpExecArray: an object without a
      * prototype mapping each name to its group (undefined when it did not take part in the match),
      * or undefined when the pattern has no named groups.
      * @returns {Record<string, string|undefined>|undefined}
      * @private
      */
      namedGroupsObject() {
        if (!this.hasNamedGroups) return;
        const result = this.getNamedGroups();
        for (const name in result) if (result[name] === null) result[name] = void 0;
        return result;
      }
    };
    Inst = class Inst2 {
      static ALT = 1;
      static ALT_MATCH = 2;
      static CAPTURE = 3;
      static EMPTY_WIDTH = 4;
      static FAIL = 5;
      static MATCH = 6;
      static NOP = 7;
      static RUNE = 8;
      static RUNE1 = 9;
      static RUNE_ANY = 10;
      static RUNE_ANY_NOT_NL = 11;
      static LB_WRITE = 12;
      static LB_CHECK = 13;
      static isRuneOp(op) {
        return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
      }
      static escapeRunes(runes) {
        let out = '"';
        for (let rune of runes) out += Utils.escapeRune(rune);
        out += '"';
        return out;
      }
      constructor(op) {
        this.op = op;
        this.out = 0;
        this.arg = 0;
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.next = null;
      }
      matchRune(r2) {
        if (this.runes.length === 1) {
          const r0 = this.runes[0];
          if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r2);
          return r2 === r0;
        }
        const len = this.runes.length;
        if (len === 0) return false;
        if (len === 2 || len === 4 || len === 6 || len === 8) {
          for (let j = 0; j < len; j += 2) {
            if (r2 < this.runes[j]) return false;
            if (r2 <= this.runes[j + 1]) return true;
          }
          return false;
        }
        let base = 0;
        let n = len >> 1;
        while (n > 1) {
          const half = n >> 1;
          base += this.runes[base + half << 1] <= r2 ? half : 0;
          n -= half;
        }
        base += this.runes[base << 1] <= r2 ? 1 : 0;
        const m = base - 1;
        return m >= 0 && r2 <= this.runes[m << 1 | 1];
      }
      matchRunePos(r2) {
        if (this.runes.length === 1) {
          const r0 = this.runes[0];
          if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r2) ? 0 : -1;
          return r2 === r0 ? 0 : -1;
        }
        const len = this.runes.length;
        if (len === 0) return -1;
        if (len === 2 || len === 4 || len === 6 || len === 8) {
          for (let j = 0; j < len; j += 2) {
            if (r2 < this.runes[j]) return -1;
            if (r2 <= this.runes[j + 1]) return Math.floor(j / 2);
          }
          return -1;
        }
        let base = 0;
        let n = len >> 1;
        while (n > 1) {
          const half = n >> 1;
          base += this.runes[base + half << 1] <= r2 ? half : 0;
          n -= half;
        }
        base += this.runes[base << 1] <= r2 ? 1 : 0;
        const m = base - 1;
        return m >= 0 && r2 <= this.runes[m << 1 | 1] ? m : -1;
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        switch (this.op) {
          case Inst2.ALT:
            return `alt -> ${this.out}, ${this.arg}`;
          case Inst2.ALT_MATCH:
            return `altmatch -> ${this.out}, ${this.arg}`;
          case Inst2.CAPTURE:
            return `cap ${this.arg} -> ${this.out}`;
          case Inst2.EMPTY_WIDTH:
            return `empty ${this.arg} -> ${this.out}`;
          case Inst2.MATCH:
            return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
          case Inst2.FAIL:
            return "fail";
          case Inst2.NOP:
            return `nop -> ${this.out}`;
          case Inst2.LB_WRITE:
            return `lbwrite ${this.arg} -> ${this.out}`;
          case Inst2.LB_CHECK:
            return `lbcheck ${this.arg} -> ${this.out}`;
          case Inst2.RUNE:
            if (this.runes === null) return "rune <null>";
            return [
              "rune ",
              Inst2.escapeRunes(this.runes),
              (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
              " -> ",
              this.out
            ].join("");
          case Inst2.RUNE1:
            return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
          case Inst2.RUNE_ANY:
            return `any -> ${this.out}`;
          case Inst2.RUNE_ANY_NOT_NL:
            return `anynotnl -> ${this.out}`;
          default:
            throw new Error("unhandled case in Inst.toString");
        }
      }
    };
    Queue = class Queue2 {
      constructor(numInst) {
        this.sparse = new Int32Array(numInst);
        this.densePcs = new Int32Array(numInst);
        this.denseCaps = null;
        this.size = 0;
        this.ncap = 0;
        this.mainThreads = 0;
      }
      static INITIAL_THREADS = 32;
      init(ncap) {
        this.ncap = ncap;
        const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
        if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
      }
      growCaps(needed) {
        const limit = this.densePcs.length * this.ncap;
        const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
        grown.set(this.denseCaps);
        this.denseCaps = grown;
      }
      contains(pc) {
        const j = this.sparse[pc];
        return j < this.size && this.densePcs[j] === pc;
      }
      isEmpty() {
        return this.size === 0;
      }
      add(pc) {
        const j = this.size++;
        this.sparse[pc] = j;
        this.densePcs[j] = pc;
        return j;
      }
      clear() {
        this.size = 0;
        this.mainThreads = 0;
      }
      toString() {
        let out = "{";
        for (let i = 0; i < this.size; i++) {
          if (i !== 0) out += ", ";
          out += this.densePcs[i];
        }
        out += "}";
        return out;
      }
    };
    LookbehindState = class {
      constructor(prog) {
        this.pos = -1;
        this.pcs = new Int32Array(prog.numInst());
        this.size = 0;
        this.lbTable = new Int32Array(prog.numLb + 1);
      }
      reset() {
        this.pos = -1;
        this.size = 0;
      }
    };
    Machine = class Machine2 {
      static fromRE2(re2) {
        const m = new Machine2();
        m.prog = re2.prog;
        m.re2 = re2;
        m.q0 = new Queue(m.prog.numInst());
        m.q1 = new Queue(m.prog.numInst());
        m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
        m.matched = false;
        m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
        m.ncap = 0;
        return m;
      }
      constructor() {
        this.prog = null;
        this.re2 = null;
        this.q0 = null;
        this.q1 = null;
        this.addStack = null;
        this.matched = false;
        this.matchcap = null;
        this.ncap = 0;
        this.lbTable = null;
      }
      init(ncap) {
        this.ncap = ncap;
        if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
        else this.matchcap.fill(-1);
        this.q0.init(ncap);
        this.q1.init(ncap);
        if (this.prog.numLb > 0) {
          if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
          this.lbTable.fill(-1);
        }
      }
      submatches() {
        if (this.ncap === 0) return Utils.emptyInts();
        return Utils.toArray(this.matchcap.subarray(0, this.ncap));
      }
      match(input, pos, anchor, lbState = null) {
        const startCond = this.re2.cond;
        if (startCond === Utils.EMPTY_ALL) return false;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
        this.matched = false;
        this.matchcap.fill(-1);
        const hasLookbehinds = this.prog.numLb > 0;
        const matchStartPos = pos;
        let currentPos = pos;
        let resumeLookbehinds = false;
        if (hasLookbehinds) {
          if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
            currentPos = lbState.pos;
            resumeLookbehinds = true;
          } else currentPos = 0;
        }
        let saveLookbehinds = hasLookbehinds && lbState !== null;
        let runq = this.q0;
        let nextq = this.q1;
        let r2 = input.step(currentPos);
        let rune = r2 >> 3;
        let width = r2 & 7;
        let rune1 = -1;
        let width1 = 0;
        if (r2 !== MachineInputBase.EOF()) {
          r2 = input.step(currentPos + width);
          rune1 = r2 >> 3;
          width1 = r2 & 7;
        }
        let flag;
        if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
        else flag = input.context(currentPos);
        if (hasLookbehinds) {
          if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
          else this.spawnLookbehinds(runq, currentPos, flag);
        }
        while (true) {
          if (runq.mainThreads === 0) {
            if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
            if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
            if (this.matched) break;
            if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
              const advance = input.index(this.re2, currentPos);
              if (advance < 0) break;
              currentPos += advance;
              r2 = input.step(currentPos);
              rune = r2 >> 3;
              width = r2 & 7;
              r2 = input.step(currentPos + width);
              rune1 = r2 >> 3;
              width1 = r2 & 7;
              flag = input.context(currentPos);
            }
          }
          if (currentPos >= matchStartPos) {
            if (saveLookbehinds) {
              this.saveLookbehinds(lbState, runq, currentPos);
              saveLookbehinds = false;
            }
            if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
              if (this.ncap > 0) this.matchcap[0] = currentPos;
              this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
            }
          }
          const nextPos = currentPos + width;
          flag = input.context(nextPos);
          this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
          if (width === 0) break;
          if (this.ncap === 0 && this.matched) break;
          currentPos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r2 = input.step(currentPos + width);
            rune1 = r2 >> 3;
            width1 = r2 & 7;
          }
          const tmpq = runq;
          runq = nextq;
          nextq = tmpq;
        }
        runq.clear();
        nextq.clear();
        return this.matched;
      }
      matchSet(input, pos, anchor) {
        const startCond = this.re2.cond;
        if (startCond === Utils.EMPTY_ALL) return [];
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
        let currentPos = this.prog.numLb > 0 ? 0 : pos;
        let matchStartPos = pos;
        let runq = this.q0;
        let nextq = this.q1;
        let r2 = input.step(currentPos);
        let rune = r2 >> 3;
        let width = r2 & 7;
        let rune1 = -1;
        let width1 = 0;
        if (r2 !== MachineInputBase.EOF()) {
          r2 = input.step(currentPos + width);
          rune1 = r2 >> 3;
          width1 = r2 & 7;
        }
        let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
        const matches = /* @__PURE__ */ new Set();
        if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
        while (true) {
          if (runq.mainThreads === 0) {
            if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
            if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
          }
          if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
            if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
          }
          const nextPos = currentPos + width;
          flag = input.context(nextPos);
          for (let j = 0; j < runq.size; j++) {
            const pc = runq.densePcs[j];
            const i = this.prog.inst[pc];
            const capOffset = j * this.ncap;
            let add = false;
            switch (i.op) {
              case Inst.MATCH:
                if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
                matches.add(i.arg);
                break;
              case Inst.RUNE:
                add = i.matchRune(rune);
                break;
              case Inst.RUNE1:
                add = rune === i.runes[0];
                break;
              case Inst.RUNE_ANY:
                add = true;
                break;
              case Inst.RUNE_ANY_NOT_NL:
                add = rune !== 10;
                break;
              default:
                continue;
            }
            if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
          }
          runq.clear();
          if (width === 0) break;
          currentPos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r2 = input.step(currentPos + width);
            rune1 = r2 >> 3;
            width1 = r2 & 7;
          }
          const tmpq = runq;
          runq = nextq;
          nextq = tmpq;
        }
        nextq.clear();
        return Array.from(matches).sort((a, b) => a - b);
      }
      step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
        const longest = this.re2.longest;
        for (let j = 0; j < runq.size; j++) {
          const pc = runq.densePcs[j];
          const capOffset = j * this.ncap;
          if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
          const i = this.prog.inst[pc];
          let add = false;
          switch (i.op) {
            case Inst.MATCH:
              if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
              if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
                runq.denseCaps[capOffset + 1] = pos;
                for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
              }
              if (!longest) runq.size = 0;
              this.matched = true;
              break;
            case Inst.RUNE:
              add = i.matchRune(c);
              break;
            case Inst.RUNE1:
              add = c === i.runes[0];
              break;
            case Inst.RUNE_ANY:
              add = true;
              break;
            case Inst.RUNE_ANY_NOT_NL:
              add = c !== 10;
              break;
            default:
              continue;
          }
          if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
        }
        runq.clear();
      }
      spawnLookbehinds(q, pos, flag) {
        for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
      }
      restoreLookbehinds(lbState, q, flag) {
        this.lbTable.set(lbState.lbTable);
        for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
      }
      saveLookbehinds(lbState, q, pos) {
        let size3 = 0;
        for (let j = 0; j < q.size; j++) {
          const pc = q.densePcs[j];
          if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size3++] = pc;
        }
        lbState.size = size3;
        lbState.pos = pos;
        lbState.lbTable.set(this.lbTable);
      }
      add(q, pc, pos, capArray, capOffset, cond) {
        const stk = this.addStack;
        let nstk = 0;
        for (; ; ) {
          while (pc !== 0 && !q.contains(pc)) {
            const d = q.add(pc);
            const inst = this.prog.inst[pc];
            switch (inst.op) {
              case Inst.FAIL:
                pc = 0;
                break;
              case Inst.ALT:
              case Inst.ALT_MATCH:
                stk[nstk++] = inst.arg;
                stk[nstk++] = 0;
                pc = inst.out;
                break;
              case Inst.EMPTY_WIDTH:
                pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
                break;
              case Inst.NOP:
                pc = inst.out;
                break;
              case Inst.CAPTURE:
                if (inst.arg < this.ncap) {
                  stk[nstk++] = -inst.arg - 1;
                  stk[nstk++] = capArray[capOffset + inst.arg];
                  capArray[capOffset + inst.arg] = pos;
                }
                pc = inst.out;
                break;
              case Inst.LB_WRITE:
                this.lbTable[Math.abs(inst.arg)] = pos;
                pc = inst.out;
                break;
              case Inst.LB_CHECK:
                if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
                else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
                break;
              case Inst.MATCH:
              case Inst.RUNE:
              case Inst.RUNE1:
              case Inst.RUNE_ANY:
              case Inst.RUNE_ANY_NOT_NL:
                if (this.prog.lbInst[pc] === 0) q.mainThreads++;
                if (this.ncap > 0) {
                  const destOffset = d * this.ncap;
                  if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
                  for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
                }
                pc = 0;
                break;
              default:
                throw new RE2JSInternalException("unhandled");
            }
          }
          if (nstk === 0) return;
          nstk -= 2;
          const entry = stk[nstk];
          if (entry < 0) {
            capArray[capOffset - entry - 1] = stk[nstk + 1];
            pc = 0;
          } else pc = entry;
        }
      }
    };
    hashState = (pcs, flag, ids) => {
      let h = -2128831035;
      for (let i = 0; i < pcs.length; i++) {
        h ^= pcs[i];
        h = Math.imul(h, 16777619);
      }
      h ^= flag;
      h = Math.imul(h, 16777619);
      for (let i = 0; i < ids.length; i++) {
        h ^= ids[i];
        h = Math.imul(h, 16777619);
      }
      return h;
    };
    arraysEqual = (a, b) => {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    };
    isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
    NO_IDS = [];
    END_TEXT = -1;
    DFAState = class {
      constructor(nfaStates, flag, matchIDs) {
        this.nfaStates = nfaStates;
        this.flag = flag;
        this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
        this.matchIDs = matchIDs;
        this.next = null;
        this.nextAnchored = null;
      }
    };
    DFA = class DFA2 {
      static FLAG_EMPTY_MASK = 255;
      static FLAG_MATCH = 256;
      static FLAG_LAST_WORD = 512;
      static FLAG_NEED_SHIFT = 16;
      static STATE_OVERHEAD = 150;
      static ARRAY_OVERHEAD = 40;
      static ELEMENT_SIZE = 8;
      static TABLE_OVERHEAD = 48;
      static PROGRESS_PER_STATE = 10;
      constructor(prog, maxMem = 8388608) {
        this.prog = prog;
        this.maxMem = maxMem;
        this.stateCache = /* @__PURE__ */ new Map();
        this.stateCount = 0;
        this.startStates = /* @__PURE__ */ new Map();
        this.failed = false;
        for (let pc = 0; pc < prog.numInst(); pc++) {
          const op = prog.getInst(pc).op;
          if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
            this.failed = true;
            break;
          }
        }
        this.computeRuneClasses();
        this.stateBudget = maxMem;
        this.memBudget = maxMem;
      }
      computeRuneClasses() {
        const bounds = /* @__PURE__ */ new Set();
        const addRange = (lo, hi) => {
          bounds.add(lo);
          bounds.add(hi + 1);
        };
        for (let pc = 0; pc < this.prog.numInst(); pc++) {
          const inst = this.prog.getInst(pc);
          switch (inst.op) {
            case Inst.RUNE:
            case Inst.RUNE1:
              if (inst.runes.length === 1) {
                addRange(inst.runes[0], inst.runes[0]);
                if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
              } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
              break;
            case Inst.RUNE_ANY_NOT_NL:
              addRange(10, 10);
              break;
            case Inst.EMPTY_WIDTH:
              if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
              if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
                addRange(48, 57);
                addRange(65, 90);
                addRange(95, 95);
                addRange(97, 122);
              }
          }
        }
        bounds.delete(0);
        this.classBounds = Int32Array.from(bounds).sort();
        this.numClasses = this.classBounds.length + 1;
        const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
        for (let r2 = 0; r2 <= Unicode.MAX_LATIN1; r2++) latin1Class[r2] = this.searchClass(r2);
        this.latin1Class = latin1Class;
      }
      runeClass(r2) {
        if (r2 <= Unicode.MAX_LATIN1) return this.latin1Class[r2];
        return this.searchClass(r2);
      }
      searchClass(r2) {
        const bounds = this.classBounds;
        let lo = 0;
        let hi = bounds.length;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          if (bounds[mid] <= r2) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      closure(pcs, flag) {
        const closure = /* @__PURE__ */ new Set();
        const stack = Array.from(pcs);
        let needflags = 0;
        while (stack.length > 0) {
          const pc = stack.pop();
          if (pc === 0 || closure.has(pc)) continue;
          closure.add(pc);
          const inst = this.prog.getInst(pc);
          switch (inst.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              stack.push(inst.out);
              stack.push(inst.arg);
              break;
            case Inst.NOP:
            case Inst.CAPTURE:
              stack.push(inst.out);
              break;
            case Inst.EMPTY_WIDTH:
              needflags |= inst.arg;
              if ((inst.arg & ~flag) === 0) stack.push(inst.out);
          }
        }
        return {
          pcs: Array.from(closure).sort((a, b) => a - b),
          needflags
        };
      }
      getState(pcs, flag, ids) {
        const hash = hashState(pcs, flag, ids);
        const cached2 = this.stateCache.get(hash);
        if (cached2 instanceof DFAState) {
          if (isState(cached2, pcs, flag, ids)) return cached2;
        } else if (cached2 !== void 0) {
          for (let i = 0; i < cached2.length; i++) if (isState(cached2[i], pcs, flag, ids)) return cached2[i];
        }
        const cost = DFA2.stateCost(pcs, ids);
        if (this.memBudget < cost) return null;
        this.memBudget -= cost;
        const state = new DFAState(pcs, flag, ids);
        if (cached2 === void 0) this.stateCache.set(hash, state);
        else if (cached2 instanceof DFAState) this.stateCache.set(hash, [cached2, state]);
        else cached2.push(state);
        this.stateCount++;
        return state;
      }
      static stateCost(pcs, ids) {
        const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
        return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
      }
      *cachedStates() {
        for (const cached2 of this.stateCache.values()) if (cached2 instanceof DFAState) yield cached2;
        else yield* cached2;
      }
      makeState(pcs, flag, ids) {
        const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
        let stateFlag = flag;
        if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
        stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
        return this.getState(closure.pcs, stateFlag, ids);
      }
      allocTable(state, anchor) {
        const size3 = this.numClasses + 1;
        const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size3;
        if (this.memBudget < cost) return null;
        this.memBudget -= cost;
        const table = new Array(size3).fill(null);
        if (anchor === RE2Flags.UNANCHORED) state.next = table;
        else state.nextAnchored = table;
        return table;
      }
      clearCache() {
        this.stateCache.clear();
        this.stateCount = 0;
        this.startStates.clear();
        this.memBudget = this.stateBudget;
      }
      resetCache(current) {
        this.clearCache();
        return this.getState(current.nfaStates, current.flag, current.matchIDs);
      }
      step(state, cls, rune, anchor) {
        let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
        if (table !== null) {
          const cached2 = table[cls];
          if (cached2 !== null) return cached2;
        } else {
          table = this.allocTable(state, anchor);
          if (table === null) return null;
        }
        const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
        const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
        let beforeflag = oldbeforeflag;
        let afterflag = 0;
        if (rune === 10) {
          beforeflag |= Utils.EMPTY_END_LINE;
          afterflag |= Utils.EMPTY_BEGIN_LINE;
        }
        if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
        const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
        const isword = rune !== END_TEXT && Utils.isWordRune(rune);
        beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
        let pcs = state.nfaStates;
        if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
        const nextPCs = [];
        let ismatch = false;
        let ids = NO_IDS;
        for (let i = 0; i < pcs.length; i++) {
          const inst = this.prog.getInst(pcs[i]);
          if (inst.op === Inst.MATCH) {
            if (!ismatch) {
              ismatch = true;
              ids = [];
            }
            ids.push(inst.arg);
          } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
        }
        if (ids.length > 1) ids.sort((a, b) => a - b);
        if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
        let flag = afterflag;
        if (ismatch) flag |= DFA2.FLAG_MATCH;
        if (isword) flag |= DFA2.FLAG_LAST_WORD;
        const nextState = this.makeState(nextPCs, flag, ids);
        if (nextState === null) return null;
        table[cls] = nextState;
        return nextState;
      }
      start(input, pos) {
        const context = input.context(pos);
        let flags;
        if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
        else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
        else {
          const r2 = input.step(pos);
          const nextIsWord = r2 >= 0 && Utils.isWordRune(r2 >> 3);
          flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
        }
        let state = this.startStates.get(flags);
        if (state === void 0) {
          state = this.makeState([this.prog.start], flags, NO_IDS);
          if (state === null) {
            this.clearCache();
            state = this.makeState([this.prog.start], flags, NO_IDS);
            if (state === null) return null;
          }
          this.startStates.set(flags, state);
        }
        return state;
      }
      stepOrReset(state, cls, rune, anchor, pos, search) {
        let next = this.step(state, cls, rune, anchor);
        if (next !== null) return next;
        if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
        search.resetPos = pos;
        const restored = this.resetCache(state);
        if (restored === null) return null;
        next = this.step(restored, cls, rune, anchor);
        return next;
      }
      run(input, pos, anchor, state, onMatch) {
        const endPos = input.endPos();
        const latin1Class = this.latin1Class;
        const unanchored = anchor === RE2Flags.UNANCHORED;
        const search = { resetPos: -1 };
        let i = pos;
        while (i < endPos) {
          const r2 = input.step(i);
          const rune = r2 >> 3;
          const width = r2 & 7;
          if (width === 0) break;
          const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
          let next = unanchored && state.next !== null ? state.next[cls] : null;
          if (next === null) {
            next = this.stepOrReset(state, cls, rune, anchor, i, search);
            if (next === null) return null;
          }
          state = next;
          if (state.isMatch && onMatch(state, false)) return true;
          if (!unanchored && state.nfaStates.length === 0) return false;
          i += width;
        }
        state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
        if (state === null) return null;
        return state.isMatch && onMatch(state, true);
      }
      match(input, pos, anchor) {
        if (this.failed) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
        const startState = this.start(input, pos);
        if (startState === null) return null;
        return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
      }
      matchSet(input, pos, anchor) {
        if (this.failed) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
        const startState = this.start(input, pos);
        if (startState === null) return null;
        const matches = /* @__PURE__ */ new Set();
        const collect2 = (state, atEnd) => {
          if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
          return false;
        };
        if (this.run(input, pos, anchor, startState, collect2) === null) return null;
        return Array.from(matches).sort((a, b) => a - b);
      }
    };
    VISITED_BITS = 32;
    MAX_BACKTRACK_PROG = 500;
    INITIAL_JOB_CAPACITY = 256;
    MAX_BACKTRACK_VECTOR = 262144;
    BitState = class {
      constructor() {
        this.end = 0;
        this.cap = /* @__PURE__ */ new Int32Array(0);
        this.matchcap = /* @__PURE__ */ new Int32Array(0);
        this.ncap = 0;
        this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
        this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
        this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
        this.jobLen = 0;
        this.visited = /* @__PURE__ */ new Uint32Array(0);
      }
      reset(prog, end, ncap) {
        this.end = end;
        this.jobLen = 0;
        this.ncap = ncap;
        const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
        if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
        else this.visited.fill(0, 0, visitedSize);
        if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
        else this.cap.fill(-1, 0, ncap);
        if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
        else this.matchcap.fill(-1, 0, ncap);
      }
      shouldVisit(pc, pos) {
        const n = pc * (this.end + 1) + pos;
        const idx = n >>> 5;
        const mask2 = 1 << (n & 31);
        if ((this.visited[idx] & mask2) !== 0) return false;
        this.visited[idx] |= mask2;
        return true;
      }
      push(re2, pc, pos, arg) {
        if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
          if (this.jobLen >= this.jobPc.length) {
            const newSize = this.jobPc.length * 2;
            const newPc = new Int32Array(newSize);
            newPc.set(this.jobPc);
            this.jobPc = newPc;
            const newArg = new Uint8Array(newSize);
            newArg.set(this.jobArg);
            this.jobArg = newArg;
            const newPos = new Int32Array(newSize);
            newPos.set(this.jobPos);
            this.jobPos = newPos;
          }
          this.jobPc[this.jobLen] = pc;
          this.jobArg[this.jobLen] = arg ? 1 : 0;
          this.jobPos[this.jobLen] = pos;
          this.jobLen++;
        }
      }
      tryBacktrack(re2, input, pc, pos, anchor) {
        const longest = re2.longest;
        this.push(re2, pc, pos, false);
        while (this.jobLen > 0) {
          this.jobLen--;
          let currentPc = this.jobPc[this.jobLen];
          let arg = this.jobArg[this.jobLen] === 1;
          let currentPos = this.jobPos[this.jobLen];
          let skipShouldVisit = true;
          while (true) {
            if (!skipShouldVisit) {
              if (!this.shouldVisit(currentPc, currentPos)) break;
            }
            skipShouldVisit = false;
            const inst = re2.prog.getInst(currentPc);
            switch (inst.op) {
              case Inst.FAIL:
                break;
              case Inst.ALT:
                if (arg) {
                  arg = false;
                  currentPc = inst.arg;
                  continue;
                } else {
                  this.push(re2, currentPc, currentPos, true);
                  currentPc = inst.out;
                  continue;
                }
              case Inst.ALT_MATCH: {
                const outInst = re2.prog.getInst(inst.out);
                if (Inst.isRuneOp(outInst.op)) {
                  this.push(re2, inst.arg, currentPos, false);
                  currentPc = inst.arg;
                  currentPos = this.end;
                  continue;
                }
                this.push(re2, inst.out, this.end, false);
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE: {
                const r2 = input.step(currentPos);
                if (r2 === MachineInputBase.EOF()) break;
                if (!inst.matchRune(r2 >> 3)) break;
                currentPos += r2 & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE1: {
                const r2 = input.step(currentPos);
                if (r2 === MachineInputBase.EOF()) break;
                if (r2 >> 3 !== inst.runes[0]) break;
                currentPos += r2 & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE_ANY_NOT_NL: {
                const r2 = input.step(currentPos);
                if (r2 === MachineInputBase.EOF()) break;
                if (r2 >> 3 === 10) break;
                currentPos += r2 & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.RUNE_ANY: {
                const r2 = input.step(currentPos);
                if (r2 === MachineInputBase.EOF()) break;
                currentPos += r2 & 7;
                currentPc = inst.out;
                continue;
              }
              case Inst.CAPTURE:
                if (arg) {
                  this.cap[inst.arg] = currentPos;
                  break;
                } else {
                  if (inst.arg < this.ncap) {
                    this.push(re2, currentPc, this.cap[inst.arg], true);
                    this.cap[inst.arg] = currentPos;
                  }
                  currentPc = inst.out;
                  continue;
                }
              case Inst.EMPTY_WIDTH: {
                const flag = input.context(currentPos);
                if ((inst.arg & ~flag) !== 0) break;
                currentPc = inst.out;
                continue;
              }
              case Inst.NOP:
                currentPc = inst.out;
                continue;
              case Inst.MATCH: {
                if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
                if (this.ncap === 0) return true;
                if (this.ncap > 1) this.cap[1] = currentPos;
                const old = this.matchcap[1];
                if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
                if (!longest) return true;
                if (currentPos === this.end) return true;
                break;
              }
              case Inst.LB_WRITE:
              case Inst.LB_CHECK:
                throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
              default:
                throw new RE2JSInternalException("bad inst");
            }
            break;
          }
        }
        return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
      }
    };
    bitStatePool = [];
    Backtracker = class Backtracker2 {
      static shouldBacktrack(prog) {
        return prog.numInst() <= MAX_BACKTRACK_PROG;
      }
      static maxBitStateLen(prog) {
        if (!Backtracker2.shouldBacktrack(prog)) return 0;
        return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
      }
      static execute(re2, input, pos, anchor, ncap) {
        const startCond = re2.cond;
        if (startCond === Utils.EMPTY_ALL) return null;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
        const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
        const end = input.endPos();
        b.reset(re2.prog, end, ncap);
        let matched = false;
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
          if (b.ncap > 0) b.cap[0] = pos;
          if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
        } else {
          let width = -1;
          for (; pos <= end && width !== 0; pos += width) {
            if (re2.prefix.length > 0) {
              const advance = input.index(re2, pos);
              if (advance < 0) break;
              pos += advance;
            }
            if (b.ncap > 0) b.cap[0] = pos;
            if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
              matched = true;
              break;
            }
            const r2 = input.step(pos);
            width = r2 === MachineInputBase.EOF() ? 0 : r2 & 7;
          }
        }
        if (!matched) {
          bitStatePool.push(b);
          return null;
        }
        const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
        bitStatePool.push(b);
        return result;
      }
    };
    QueueOnePass = class {
      constructor(size3) {
        this.sparse = new Uint32Array(size3);
        this.dense = new Uint32Array(size3);
        this.size = 0;
        this.nextIndex = 0;
      }
      empty() {
        return this.nextIndex >= this.size;
      }
      next() {
        return this.dense[this.nextIndex++];
      }
      clear() {
        this.size = 0;
        this.nextIndex = 0;
      }
      contains(u) {
        return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
      }
      insert(u) {
        if (!this.contains(u)) this.insertNew(u);
      }
      insertNew(u) {
        if (u >= this.sparse.length) return;
        this.sparse[u] = this.size;
        this.dense[this.size] = u;
        this.size++;
      }
    };
    mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
      const leftLen = leftRunes.length;
      const rightLen = rightRunes.length;
      let lx = 0, rx = 0;
      const merged = [];
      const next = [];
      let ok = true;
      let ix = -1;
      const extend = (isLeft) => {
        const newArray = isLeft ? leftRunes : rightRunes;
        const low = isLeft ? lx : rx;
        const pc = isLeft ? leftPC : rightPC;
        if (ix > 0 && newArray[low] <= merged[ix]) return false;
        merged.push(newArray[low], newArray[low + 1]);
        if (isLeft) lx += 2;
        else rx += 2;
        ix += 2;
        next.push(pc);
        return true;
      };
      while (lx < leftLen || rx < rightLen) {
        if (rx >= rightLen) ok = extend(true);
        else if (lx >= leftLen) ok = extend(false);
        else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
        else ok = extend(true);
        if (!ok) return null;
      }
      return {
        merged,
        next
      };
    };
    OnePassProg = class {
      constructor(prog) {
        this.start = prog.start;
        this.numCap = prog.numCap;
        this.inst = new Array(prog.inst.length);
        for (let i = 0; i < prog.inst.length; i++) {
          const orig = prog.inst[i];
          const inst = new Inst(orig.op);
          inst.out = orig.out;
          inst.arg = orig.arg;
          inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
          inst.next = null;
          this.inst[i] = inst;
        }
      }
    };
    onePassCopy = (prog) => {
      const p = new OnePassProg(prog);
      for (let pc = 0; pc < p.inst.length; pc++) {
        const inst = p.inst[pc];
        if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
        let pAOther = "out";
        let pAAlt = "arg";
        let instAlt = p.inst[inst[pAAlt]];
        if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
          pAOther = "arg";
          pAAlt = "out";
          instAlt = p.inst[inst[pAAlt]];
          if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
        }
        const instOther = p.inst[inst[pAOther]];
        if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
        let pBAlt = "out";
        let pBOther = "arg";
        let patch = false;
        if (instAlt.out === pc) patch = true;
        else if (instAlt.arg === pc) {
          patch = true;
          pBAlt = "arg";
          pBOther = "out";
        }
        if (patch) instAlt[pBAlt] = inst[pAOther];
        if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
      }
      return p;
    };
    makeOnePass = (p) => {
      if (p.inst.length >= 1e3) return null;
      const instQueue = new QueueOnePass(p.inst.length);
      const visitQueue = new QueueOnePass(p.inst.length);
      const onePassRunes = new Array(p.inst.length);
      const m = new Array(p.inst.length).fill(false);
      const check = (pc) => {
        let ok = true;
        const inst = p.inst[pc];
        if (visitQueue.contains(pc)) return true;
        visitQueue.insert(pc);
        switch (inst.op) {
          case Inst.ALT:
          case Inst.ALT_MATCH: {
            ok = check(inst.out) && check(inst.arg);
            let matchOut = m[inst.out];
            let matchArg = m[inst.arg];
            if (matchOut && matchArg) return false;
            if (matchArg) {
              const tempOut = inst.out;
              inst.out = inst.arg;
              inst.arg = tempOut;
              const tempMatch = matchOut;
              matchOut = matchArg;
              matchArg = tempMatch;
            }
            if (matchOut) {
              m[pc] = true;
              inst.op = Inst.ALT_MATCH;
            }
            const leftRunes = onePassRunes[inst.out] || [];
            const rightRunes = onePassRunes[inst.arg] || [];
            const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
            if (!mergeRes) return false;
            onePassRunes[pc] = new Int32Array(mergeRes.merged);
            inst.next = new Uint32Array(mergeRes.next);
            break;
          }
          case Inst.CAPTURE:
          case Inst.EMPTY_WIDTH:
          case Inst.NOP:
            ok = check(inst.out);
            m[pc] = m[inst.out];
            onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
            inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
            break;
          case Inst.MATCH:
          case Inst.FAIL:
            m[pc] = inst.op === Inst.MATCH;
            break;
          case Inst.RUNE: {
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            if (!inst.runes || inst.runes.length === 0) {
              onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
              inst.next = new Uint32Array([inst.out]);
              break;
            }
            let runes = [];
            if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
              const r0 = inst.runes[0];
              runes.push(r0, r0);
              for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
              runes.sort((a, b) => a - b);
            } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
            onePassRunes[pc] = new Int32Array(runes);
            inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
            inst.op = Inst.RUNE;
            break;
          }
          case Inst.RUNE1: {
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            let runes = [];
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
              const r0 = inst.runes[0];
              runes.push(r0, r0);
              for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
              runes.sort((a, b) => a - b);
            } else runes.push(inst.runes[0], inst.runes[0]);
            onePassRunes[pc] = new Int32Array(runes);
            inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
            inst.op = Inst.RUNE;
            break;
          }
          case Inst.RUNE_ANY:
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
            inst.next = new Uint32Array([inst.out]);
            break;
          case Inst.RUNE_ANY_NOT_NL:
            m[pc] = false;
            if (inst.next && inst.next.length > 0) break;
            instQueue.insert(inst.out);
            onePassRunes[pc] = new Int32Array([
              0,
              9,
              11,
              Unicode.MAX_RUNE
            ]);
            inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        }
        return ok;
      };
      instQueue.clear();
      instQueue.insert(p.start);
      while (!instQueue.empty()) {
        visitQueue.clear();
        if (!check(instQueue.next())) return null;
      }
      for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
      return p;
    };
    cleanupOnePass = (p, original) => {
      for (let ix = 0; ix < original.inst.length; ix++) {
        const instOriginal = original.inst[ix];
        switch (instOriginal.op) {
          case Inst.ALT:
          case Inst.ALT_MATCH:
          case Inst.RUNE:
            break;
          case Inst.CAPTURE:
          case Inst.EMPTY_WIDTH:
          case Inst.NOP:
          case Inst.MATCH:
          case Inst.FAIL:
            p.inst[ix].next = null;
            break;
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            p.inst[ix].next = null;
            p.inst[ix].op = instOriginal.op;
            p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
        }
      }
    };
    OnePass = class OnePass2 {
      static compile(prog) {
        if (prog.start === 0) return null;
        if (prog.numLb > 0) return null;
        const startInst = prog.inst[prog.start];
        if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
        let hasAlt = false;
        for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
          hasAlt = true;
          break;
        }
        for (let i = 0; i < prog.inst.length; i++) {
          const inst = prog.inst[i];
          const opOut = prog.inst[inst.out].op;
          switch (inst.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
              break;
            case Inst.EMPTY_WIDTH:
              if (opOut === Inst.MATCH) {
                if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
                return null;
              }
              break;
            default:
              if (opOut === Inst.MATCH && hasAlt) return null;
          }
        }
        let p = onePassCopy(prog);
        p = makeOnePass(p);
        if (p !== null) cleanupOnePass(p, prog);
        return p;
      }
      static next(inst, r2) {
        const nextIdx = inst.matchRunePos(r2);
        if (nextIdx >= 0) return inst.next[nextIdx];
        if (inst.op === Inst.ALT_MATCH) return inst.out;
        return 0;
      }
      static execute(re2, input, pos, anchor, ncap) {
        const onepass = re2.onepass;
        if (!onepass) return null;
        const matchcap = new Int32Array(ncap).fill(-1);
        let matched = false;
        let r2 = input.step(pos);
        let rune = r2 >> 3;
        let width = r2 & 7;
        let r1 = MachineInputBase.EOF();
        let rune1 = -1;
        let width1 = 0;
        if (r2 !== MachineInputBase.EOF()) {
          r1 = input.step(pos + width);
          if (r1 !== MachineInputBase.EOF()) {
            rune1 = r1 >> 3;
            width1 = r1 & 7;
          }
        }
        let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
        let pc = onepass.start;
        let inst;
        while (true) {
          inst = onepass.inst[pc];
          pc = inst.out;
          switch (inst.op) {
            case Inst.MATCH:
              if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
              matched = true;
              if (matchcap.length > 0) {
                matchcap[0] = 0;
                matchcap[1] = pos;
              }
              return ncap === 0 ? [] : Utils.toArray(matchcap);
            case Inst.RUNE:
              if (!inst.matchRune(rune)) return null;
              break;
            case Inst.RUNE1:
              if (rune !== inst.runes[0]) return null;
              break;
            case Inst.RUNE_ANY:
              break;
            case Inst.RUNE_ANY_NOT_NL:
              if (rune === 10) return null;
              break;
            case Inst.ALT:
            case Inst.ALT_MATCH:
              pc = OnePass2.next(inst, rune);
              continue;
            case Inst.FAIL:
              return null;
            case Inst.NOP:
              continue;
            case Inst.EMPTY_WIDTH:
              if ((inst.arg & ~flag) !== 0) return null;
              continue;
            case Inst.CAPTURE:
              if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
              continue;
            default:
              throw new RE2JSInternalException("bad inst");
          }
          if (width === 0) break;
          flag = Utils.emptyOpContext(rune, rune1);
          pos += width;
          rune = rune1;
          width = width1;
          if (rune !== -1) {
            r1 = input.step(pos + width);
            if (r1 !== MachineInputBase.EOF()) {
              rune1 = r1 >> 3;
              width1 = r1 & 7;
            } else {
              rune1 = -1;
              width1 = 0;
            }
          }
        }
        if (!matched) return null;
        return ncap === 0 ? [] : Utils.toArray(matchcap);
      }
    };
    Regexp = class Regexp2 {
      static Op = createEnum([
        "NO_MATCH",
        "EMPTY_MATCH",
        "LITERAL",
        "CHAR_CLASS",
        "ANY_CHAR_NOT_NL",
        "ANY_CHAR",
        "BEGIN_LINE",
        "END_LINE",
        "BEGIN_TEXT",
        "END_TEXT",
        "WORD_BOUNDARY",
        "NO_WORD_BOUNDARY",
        "CAPTURE",
        "STAR",
        "PLUS",
        "QUEST",
        "REPEAT",
        "CONCAT",
        "ALTERNATE",
        "PLB",
        "NLB",
        "LEFT_PAREN",
        "VERTICAL_BAR"
      ]);
      static isPseudoOp(op) {
        return op >= Regexp2.Op.LEFT_PAREN;
      }
      static emptySubs() {
        return [];
      }
      static quoteIfHyphen(rune) {
        if (rune === Codepoint.CODES["-"]) return "\\";
        return "";
      }
      static fromRegexp(re) {
        const regex = new Regexp2(re.op);
        regex.flags = re.flags;
        regex.subs = re.subs;
        regex.runes = re.runes;
        regex.cap = re.cap;
        regex.min = re.min;
        regex.max = re.max;
        regex.name = re.name;
        regex.namedGroups = re.namedGroups;
        regex.lb = re.lb;
        return regex;
      }
      constructor(op) {
        this.op = op;
        this.flags = 0;
        this.subs = Regexp2.emptySubs();
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.min = 0;
        this.max = 0;
        this.cap = 0;
        this.name = null;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.lb = 0;
      }
      reinit() {
        this.flags = 0;
        this.subs = Regexp2.emptySubs();
        this.runes = /* @__PURE__ */ new Int32Array(0);
        this.cap = 0;
        this.min = 0;
        this.max = 0;
        this.name = null;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.lb = 0;
      }
      toString() {
        return this.appendTo();
      }
      appendTo() {
        let out = "";
        switch (this.op) {
          case Regexp2.Op.NO_MATCH:
            out += "[^\\x00-\\x{10FFFF}]";
            break;
          case Regexp2.Op.EMPTY_MATCH:
            out += "(?:)";
            break;
          case Regexp2.Op.STAR:
          case Regexp2.Op.PLUS:
          case Regexp2.Op.QUEST:
          case Regexp2.Op.REPEAT: {
            const sub = this.subs[0];
            if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
            else out += sub.appendTo();
            switch (this.op) {
              case Regexp2.Op.STAR:
                out += "*";
                break;
              case Regexp2.Op.PLUS:
                out += "+";
                break;
              case Regexp2.Op.QUEST:
                out += "?";
                break;
              case Regexp2.Op.REPEAT:
                out += `{${this.min}`;
                if (this.min !== this.max) {
                  out += ",";
                  if (this.max >= 0) out += this.max;
                }
                out += "}";
            }
            if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
            break;
          }
          case Regexp2.Op.CONCAT:
            for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
            else out += sub.appendTo();
            break;
          case Regexp2.Op.ALTERNATE: {
            let sep = "";
            for (let sub of this.subs) {
              out += sep;
              sep = "|";
              out += sub.appendTo();
            }
            break;
          }
          case Regexp2.Op.LITERAL:
            if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
            for (let rune of this.runes) out += Utils.escapeRune(rune);
            if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
            break;
          case Regexp2.Op.ANY_CHAR_NOT_NL:
            out += "(?-s:.)";
            break;
          case Regexp2.Op.ANY_CHAR:
            out += "(?s:.)";
            break;
          case Regexp2.Op.PLB:
            out += `(?<=${this.subs[0].appendTo()})`;
            break;
          case Regexp2.Op.NLB:
            out += `(?<!${this.subs[0].appendTo()})`;
            break;
          case Regexp2.Op.CAPTURE:
            if (this.name === null || this.name.length === 0) out += "(";
            else out += `(?P<${this.name}>`;
            if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
            out += ")";
            break;
          case Regexp2.Op.BEGIN_TEXT:
            out += "\\A";
            break;
          case Regexp2.Op.END_TEXT:
            if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
            else out += "\\z";
            break;
          case Regexp2.Op.BEGIN_LINE:
            out += "^";
            break;
          case Regexp2.Op.END_LINE:
            out += "$";
            break;
          case Regexp2.Op.WORD_BOUNDARY:
            out += "\\b";
            break;
          case Regexp2.Op.NO_WORD_BOUNDARY:
            out += "\\B";
            break;
          case Regexp2.Op.CHAR_CLASS:
            if (this.runes.length % 2 !== 0) {
              out += "[invalid char class]";
              break;
            }
            out += "[";
            if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
            else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
              out += "^";
              for (let i = 1; i < this.runes.length - 1; i += 2) {
                const lo = this.runes[i] + 1;
                const hi = this.runes[i + 1] - 1;
                out += Regexp2.quoteIfHyphen(lo);
                out += Utils.escapeRune(lo);
                if (lo !== hi) {
                  out += "-";
                  out += Regexp2.quoteIfHyphen(hi);
                  out += Utils.escapeRune(hi);
                }
              }
            } else for (let i = 0; i < this.runes.length; i += 2) {
              const lo = this.runes[i];
              const hi = this.runes[i + 1];
              out += Regexp2.quoteIfHyphen(lo);
              out += Utils.escapeRune(lo);
              if (lo !== hi) {
                out += "-";
                out += Regexp2.quoteIfHyphen(hi);
                out += Utils.escapeRune(hi);
              }
            }
            out += "]";
            break;
          default:
            out += this.op;
        }
        return out;
      }
      maxCap() {
        let m = 0;
        if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
        if (this.subs !== null) for (let sub of this.subs) {
          const n = sub.maxCap();
          if (m < n) m = n;
        }
        return m;
      }
      equals(that) {
        if (!(that !== null && that instanceof Regexp2)) return false;
        if (this.op !== that.op) return false;
        switch (this.op) {
          case Regexp2.Op.END_TEXT:
            if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
            break;
          case Regexp2.Op.LITERAL:
          case Regexp2.Op.CHAR_CLASS:
            if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
            if (this.runes === null && that.runes === null) break;
            if (this.runes === null || that.runes === null) return false;
            if (this.runes.length !== that.runes.length) return false;
            for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
            break;
          case Regexp2.Op.ALTERNATE:
          case Regexp2.Op.CONCAT:
            if (this.subs.length !== that.subs.length) return false;
            for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
            break;
          case Regexp2.Op.STAR:
          case Regexp2.Op.PLUS:
          case Regexp2.Op.QUEST:
            if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.REPEAT:
            if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.CAPTURE:
            if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
            break;
          case Regexp2.Op.PLB:
          case Regexp2.Op.NLB:
            if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
        }
        return true;
      }
    };
    RegexpWalker = class {
      static walk(root, handler) {
        const stack = [];
        let re = root;
        let result;
        for (; ; ) {
          if (re.subs.length === 0) result = handler.leaf(re);
          else {
            const state = handler.enter(re);
            if (state.result === void 0) {
              stack.push({
                re,
                state,
                i: 0
              });
              re = re.subs[0];
              continue;
            }
            result = state.result;
          }
          for (; ; ) {
            if (stack.length === 0) return result;
            const frame = stack[stack.length - 1];
            handler.child(frame.re, frame.state, result, frame.i);
            frame.i++;
            if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
              re = frame.re.subs[frame.i];
              break;
            }
            stack.pop();
            result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
          }
        }
      }
    };
    AhoCorasick = class {
      constructor(words, alphabetSize) {
        const edges = /* @__PURE__ */ new Map();
        const parent = [0];
        const unit = [0];
        const depth = [0];
        const terminal = [0];
        for (const word of words) {
          let node = 0;
          for (let i = 0; i < word.length; i++) {
            const key = node * alphabetSize + word[i];
            let child = edges.get(key);
            if (child === void 0) {
              child = parent.length;
              edges.set(key, child);
              parent.push(node);
              unit.push(word[i]);
              depth.push(depth[node] + 1);
              terminal.push(0);
            }
            node = child;
          }
          terminal[node] = 1;
        }
        const numNodes = parent.length;
        const children = new Int32Array(numNodes - 1);
        for (let c = 1; c < numNodes; c++) children[c - 1] = c;
        children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
        const childStart = new Int32Array(numNodes + 1);
        for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
        for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
        const childUnit = new Int32Array(numNodes - 1);
        for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
        this.childStart = childStart;
        this.childUnit = childUnit;
        this.childNode = children;
        const byDepth = new Int32Array(numNodes);
        for (let n = 0; n < numNodes; n++) byDepth[n] = n;
        byDepth.sort((a, b) => depth[a] - depth[b]);
        const fail = new Int32Array(numNodes);
        const match = Uint8Array.from(terminal);
        for (let k = 1; k < numNodes; k++) {
          const c = byDepth[k];
          const p = parent[c];
          if (p !== 0) {
            let f = fail[p];
            let next = this.next(f, unit[c]);
            while (next < 0 && f !== 0) {
              f = fail[f];
              next = this.next(f, unit[c]);
            }
            fail[c] = next >= 0 ? next : 0;
          }
          match[c] |= match[fail[c]];
        }
        this.fail = fail;
        this.match = match;
      }
      next(node, u) {
        let lo = this.childStart[node];
        let hi = this.childStart[node + 1];
        const units = this.childUnit;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          const m = units[mid];
          if (m === u) return this.childNode[mid];
          if (m < u) lo = mid + 1;
          else hi = mid;
        }
        return -1;
      }
      advance(node, u) {
        for (; ; ) {
          const next = this.next(node, u);
          if (next >= 0) return next;
          if (node === 0) return 0;
          node = this.fail[node];
        }
      }
      searchUTF16(charSeq, start, end) {
        let node = 0;
        for (let i = start; i < end; i++) {
          node = this.advance(node, charSeq.charCodeAt(i));
          if (this.match[node] === 1) return true;
        }
        return false;
      }
      searchUTF8(bytes2, start, end) {
        let node = 0;
        for (let i = start; i < end; i++) {
          node = this.advance(node, bytes2[i]);
          if (this.match[node] === 1) return true;
        }
        return false;
      }
    };
    Prefilter = class Prefilter2 {
      static Type = {
        NONE: 0,
        EXACT: 1,
        AND: 2,
        OR: 3
      };
      static MAX_SCANS = 32;
      static MAX_AC_UNITS = 1 << 18;
      constructor(type) {
        this.type = type;
        this.subs = [];
        this.str = "";
        this.bytes = null;
        this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
        this.allExact = false;
        this.ac16 = null;
        this.ac8 = null;
      }
      automaton16() {
        if (this.ac16 === null) {
          const words = this.subs.map((s) => {
            const arr = new Array(s.str.length);
            for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
            return arr;
          });
          this.ac16 = new AhoCorasick(words, 65536);
        }
        return this.ac16;
      }
      automaton8() {
        if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
        return this.ac8;
      }
      eval(input, pos) {
        switch (this.type) {
          case Prefilter2.Type.NONE:
            return true;
          case Prefilter2.Type.EXACT:
            return input.hasString(this, pos);
          case Prefilter2.Type.AND:
            for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
            return true;
          case Prefilter2.Type.OR:
            if (this.allExact) return input.hasAnyString(this, pos);
            for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
            return false;
          default:
            return true;
        }
      }
    };
    PrefilterTree = class PrefilterTree2 {
      static build(re) {
        if (!re) return new Prefilter(Prefilter.Type.NONE);
        return RegexpWalker.walk(re, PrefilterTree2.WALKER);
      }
      static WALKER = {
        leaf: (re) => PrefilterTree2.leaf(re),
        enter: (re) => PrefilterTree2.enter(re),
        child: (re, state, result) => PrefilterTree2.child(re, state, result),
        leave: (re, state) => PrefilterTree2.leave(re, state)
      };
      static leaf(re) {
        if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
        if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
        let str3 = "";
        for (let i = 0; i < re.runes.length; i++) {
          if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
          str3 += String.fromCodePoint(re.runes[i]);
        }
        const pf = new Prefilter(Prefilter.Type.EXACT);
        pf.str = str3;
        pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
        return pf;
      }
      static enter(re) {
        switch (re.op) {
          case Regexp.Op.CAPTURE:
          case Regexp.Op.PLUS:
            return { sub: null };
          case Regexp.Op.REPEAT:
            if (re.min >= 1) return { sub: null };
            return { result: new Prefilter(Prefilter.Type.NONE) };
          case Regexp.Op.CONCAT:
            return {
              pf: new Prefilter(Prefilter.Type.AND),
              subs: []
            };
          case Regexp.Op.ALTERNATE:
            return {
              pf: new Prefilter(Prefilter.Type.OR),
              subs: []
            };
          default:
            return { result: new Prefilter(Prefilter.Type.NONE) };
        }
      }
      static child(re, state, s) {
        if (state.subs === void 0) {
          state.sub = s;
          return;
        }
        if (state.pf.type === Prefilter.Type.AND) {
          if (s.type === Prefilter.Type.NONE) return;
          if (s.type === Prefilter.Type.AND) {
            for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
            return;
          }
          state.subs.push(s);
          return;
        }
        if (s.type === Prefilter.Type.NONE) {
          state.result = new Prefilter(Prefilter.Type.NONE);
          return;
        }
        if (s.type === Prefilter.Type.OR) {
          for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
          return;
        }
        state.subs.push(s);
      }
      static leave(re, state) {
        if (state.subs === void 0) return state.sub;
        const pf = state.pf;
        const seen = /* @__PURE__ */ new Set();
        const subs = [];
        for (const sub of state.subs) {
          if (sub.type === Prefilter.Type.EXACT) {
            if (seen.has(sub.str)) continue;
            seen.add(sub.str);
          }
          subs.push(sub);
        }
        if (pf.type === Prefilter.Type.AND) {
          const kept = [];
          let cost2 = 0;
          for (const sub of subs) {
            if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
            kept.push(sub);
            cost2 += sub.cost;
          }
          if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
          if (kept.length === 1) return kept[0];
          pf.subs = kept;
          pf.cost = cost2;
          return pf;
        }
        if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
        if (subs.length === 1) return subs[0];
        pf.subs = subs;
        let allExact = true;
        let cost = 0;
        let units = 0;
        for (const sub of subs) {
          if (sub.type !== Prefilter.Type.EXACT) allExact = false;
          else units += sub.bytes.length;
          cost += sub.cost;
        }
        if (allExact) {
          if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
          pf.allExact = true;
          pf.cost = 1;
          return pf;
        }
        if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
        pf.cost = cost;
        return pf;
      }
    };
    PatchList = class {
      /**
      * @param {number} head - Encoded pointer to the start of the patch list.
      * @param {number} tail - Encoded pointer to the end of the patch list.
      */
      constructor(head = 0, tail = 0) {
        this.head = head;
        this.tail = tail;
      }
    };
    Prog = class {
      constructor() {
        this.inst = [];
        this.start = 0;
        this.numCap = 2;
        this.lbStarts = [];
        this.numLb = 0;
        this.lbInst = null;
      }
      getInst(pc) {
        return this.inst[pc];
      }
      numInst() {
        return this.inst.length;
      }
      addInst(op) {
        this.inst.push(new Inst(op));
      }
      markLookbehindInsts() {
        const lbInst = new Uint8Array(this.inst.length);
        const pending = this.lbStarts.slice();
        while (pending.length > 0) {
          const pc = pending.pop();
          if (pc === 0 || lbInst[pc] === 1) continue;
          lbInst[pc] = 1;
          const i = this.inst[pc];
          switch (i.op) {
            case Inst.ALT:
            case Inst.ALT_MATCH:
              pending.push(i.out, i.arg);
              break;
            case Inst.MATCH:
            case Inst.FAIL:
              break;
            default:
              pending.push(i.out);
          }
        }
        this.lbInst = lbInst;
      }
      skipNop(pc) {
        let i = this.inst[pc];
        while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
          i = this.inst[pc];
          pc = i.out;
        }
        return i;
      }
      /** @returns {[boolean, string]} */
      prefix() {
        let prefix = "";
        let i = this.skipNop(this.start);
        if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
        while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
          prefix += String.fromCodePoint(i.runes[0]);
          i = this.skipNop(i.out);
        }
        return [i.op === Inst.MATCH, prefix];
      }
      startCond() {
        let flag = 0;
        let pc = this.start;
        loop: for (; ; ) {
          const i = this.inst[pc];
          switch (i.op) {
            case Inst.EMPTY_WIDTH:
              flag |= i.arg;
              break;
            case Inst.FAIL:
              return -1;
            case Inst.CAPTURE:
            case Inst.NOP:
              break;
            default:
              break loop;
          }
          pc = i.out;
        }
        return flag;
      }
      patch(l, val) {
        let head = l.head;
        while (head !== 0) {
          const i = this.inst[head >> 1];
          if ((head & 1) === 0) {
            head = i.out;
            i.out = val;
          } else {
            head = i.arg;
            i.arg = val;
          }
        }
      }
      append(l1, l2) {
        if (l1.head === 0) return l2;
        if (l2.head === 0) return l1;
        const i = this.inst[l1.tail >> 1];
        if ((l1.tail & 1) === 0) i.out = l2.head;
        else i.arg = l2.head;
        return new PatchList(l1.head, l2.tail);
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        let out = "";
        for (let pc = 0; pc < this.inst.length; pc++) {
          const len = out.length;
          out += pc;
          if (pc === this.start) out += "*";
          out += "        ".substring(out.length - len);
          out += this.inst[pc];
          out += "\n";
        }
        return out;
      }
    };
    ANY_RUNE_NOT_NL = new Int32Array([
      0,
      Codepoint.CODES["\n"] - 1,
      Codepoint.CODES["\n"] + 1,
      Unicode.MAX_RUNE
    ]);
    ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
    Frag = class {
      constructor(i = 0, out = new PatchList(), nullable = false) {
        this.i = i;
        this.out = out;
        this.nullable = nullable;
      }
    };
    Compiler = class Compiler2 {
      static compileRegexp(re) {
        const c = new Compiler2();
        const f = c.compile(re);
        c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
        c.prog.start = f.i;
        c.prog.markLookbehindInsts();
        return c.prog;
      }
      static compileSet(regexps) {
        const c = new Compiler2();
        if (regexps.length === 0) {
          c.prog.start = c.newInst(Inst.FAIL).i;
          c.prog.markLookbehindInsts();
          return c.prog;
        }
        let starts = [];
        for (let i = 0; i < regexps.length; i++) {
          c.lbOffset = c.prog.numLb;
          const f = c.compile(regexps[i]);
          const m = c.newInst(Inst.MATCH);
          c.prog.getInst(m.i).arg = i;
          c.prog.patch(f.out, m.i);
          starts.push(f.i);
        }
        let start = starts[0];
        for (let i = 1; i < starts.length; i++) {
          const f = c.newInst(Inst.ALT);
          const inst = c.prog.getInst(f.i);
          inst.out = start;
          inst.arg = starts[i];
          start = f.i;
        }
        c.prog.start = start;
        c.prog.markLookbehindInsts();
        return c.prog;
      }
      constructor() {
        this.prog = new Prog();
        this.newInst(Inst.FAIL);
        this.lbOffset = 0;
        this.runeCache = /* @__PURE__ */ new Map();
        this.walker = {
          leaf: (re) => this.leaf(re),
          enter: (re) => this.enter(re),
          child: (re, state, result) => this.child(re, state, result),
          leave: (re, state) => this.leave(re, state)
        };
      }
      newInst(op) {
        this.prog.addInst(op);
        return new Frag(this.prog.numInst() - 1, new PatchList(), true);
      }
      nop() {
        const f = this.newInst(Inst.NOP);
        f.out = new PatchList(f.i << 1, f.i << 1);
        return f;
      }
      fail() {
        return new Frag();
      }
      cap(arg) {
        const f = this.newInst(Inst.CAPTURE);
        f.out = new PatchList(f.i << 1, f.i << 1);
        this.prog.getInst(f.i).arg = arg;
        if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
        return f;
      }
      cat(f1, f2) {
        if (f1.i === 0 || f2.i === 0) {
          this.prog.patch(f1.out, 0);
          this.prog.patch(f2.out, 0);
          return this.fail();
        }
        this.prog.patch(f1.out, f2.i);
        return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
      }
      alt(f1, f2) {
        if (f1.i === 0) return f2;
        if (f2.i === 0) return f1;
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        i.out = f1.i;
        i.arg = f2.i;
        f.out = this.prog.append(f1.out, f2.out);
        f.nullable = f1.nullable || f2.nullable;
        return f;
      }
      loop(f1, nongreedy) {
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        if (nongreedy) {
          i.arg = f1.i;
          f.out = new PatchList(f.i << 1, f.i << 1);
        } else {
          i.out = f1.i;
          f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
        }
        this.prog.patch(f1.out, f.i);
        return f;
      }
      quest(f1, nongreedy) {
        if (f1.i === 0) return this.nop();
        const f = this.newInst(Inst.ALT);
        const i = this.prog.getInst(f.i);
        if (nongreedy) {
          i.arg = f1.i;
          f.out = new PatchList(f.i << 1, f.i << 1);
        } else {
          i.out = f1.i;
          f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
        }
        f.out = this.prog.append(f.out, f1.out);
        return f;
      }
      star(f1, nongreedy) {
        if (f1.i === 0) return this.nop();
        if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
        return this.loop(f1, nongreedy);
      }
      plus(f1, nongreedy) {
        if (f1.i === 0) return this.fail();
        return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
      }
      empty(op) {
        const f = this.newInst(Inst.EMPTY_WIDTH);
        this.prog.getInst(f.i).arg = op;
        f.out = new PatchList(f.i << 1, f.i << 1);
        return f;
      }
      rune(runes, flags) {
        const f = this.newInst(Inst.RUNE);
        f.nullable = false;
        const i = this.prog.getInst(f.i);
        i.runes = runes;
        flags &= RE2Flags.FOLD_CASE;
        if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
        i.arg = flags;
        f.out = new PatchList(f.i << 1, f.i << 1);
        if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
        else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
        else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
        return f;
      }
      lookBehind(a, parsedLb) {
        const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
        const id = this.newInst(Inst.LB_WRITE);
        this.prog.getInst(id.i).arg = lb;
        const any = this.rune(ANY_RUNE, 0);
        const dotStar = this.star(any, true);
        const lbAutomaton = this.cat(dotStar, a);
        this.prog.patch(lbAutomaton.out, id.i);
        const checkId = this.newInst(Inst.LB_CHECK);
        this.prog.getInst(checkId.i).arg = lb;
        this.prog.lbStarts.push(lbAutomaton.i);
        if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
        checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
        return checkId;
      }
      compile(re) {
        return RegexpWalker.walk(re, this.walker);
      }
      leaf(re) {
        switch (re.op) {
          case Regexp.Op.NO_MATCH:
            return this.fail();
          case Regexp.Op.EMPTY_MATCH:
            return this.nop();
          case Regexp.Op.LITERAL: {
            if (re.runes.length === 0) return this.nop();
            let f = null;
            for (let r2 of re.runes) {
              let singleRune = this.runeCache.get(r2);
              if (singleRune === void 0) {
                singleRune = new Int32Array([r2]);
                this.runeCache.set(r2, singleRune);
              }
              const f1 = this.rune(singleRune, re.flags);
              f = f === null ? f1 : this.cat(f, f1);
            }
            return f;
          }
          case Regexp.Op.CHAR_CLASS:
            return this.rune(re.runes, re.flags);
          case Regexp.Op.ANY_CHAR_NOT_NL:
            return this.rune(ANY_RUNE_NOT_NL, 0);
          case Regexp.Op.ANY_CHAR:
            return this.rune(ANY_RUNE, 0);
          case Regexp.Op.BEGIN_LINE:
            return this.empty(Utils.EMPTY_BEGIN_LINE);
          case Regexp.Op.END_LINE:
            return this.empty(Utils.EMPTY_END_LINE);
          case Regexp.Op.BEGIN_TEXT:
            return this.empty(Utils.EMPTY_BEGIN_TEXT);
          case Regexp.Op.END_TEXT:
            return this.empty(Utils.EMPTY_END_TEXT);
          case Regexp.Op.WORD_BOUNDARY:
            return this.empty(Utils.EMPTY_WORD_BOUNDARY);
          case Regexp.Op.NO_WORD_BOUNDARY:
            return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return this.nop();
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
      enter(re) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return { sub: null };
          case Regexp.Op.CAPTURE:
            return {
              bra: this.cap(re.cap << 1),
              sub: null
            };
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return { f: null };
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
      child(re, state, f1) {
        if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
        else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
        else state.sub = f1;
      }
      leave(re, state) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
            return this.lookBehind(state.sub, re.lb);
          case Regexp.Op.CAPTURE: {
            const ket = this.cap(re.cap << 1 | 1);
            return this.cat(this.cat(state.bra, state.sub), ket);
          }
          case Regexp.Op.STAR:
            return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.PLUS:
            return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.QUEST:
            return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return state.f;
          default:
            throw new RE2JSCompileException("regexp: unhandled case in compile");
        }
      }
    };
    Simplify = class Simplify2 {
      static simplify(re) {
        if (re === null) return null;
        return RegexpWalker.walk(re, Simplify2.WALKER);
      }
      static WALKER = {
        leaf: (re) => Simplify2.leaf(re),
        enter: (re) => Simplify2.enter(re),
        child: (re, state, result, i) => Simplify2.child(re, state, result, i),
        leave: (re, state) => Simplify2.leave(re, state)
      };
      static leaf(re) {
        if (re.op === Regexp.Op.CHAR_CLASS) {
          if (re.runes === null) return re;
          if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
          if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
          if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
        }
        return re;
      }
      static enter(re) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE:
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return { sub: null };
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            return {
              subs: [],
              changed: false
            };
          case Regexp.Op.REPEAT:
            if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
            return { sub: null };
          default:
            return { result: re };
        }
      }
      static child(re, state, nsub, i) {
        if (state.subs === void 0) {
          state.sub = nsub;
          return;
        }
        if (nsub !== re.subs[i]) state.changed = true;
        if (re.op === Regexp.Op.CONCAT) {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            state.result = new Regexp(Regexp.Op.NO_MATCH);
            return;
          }
          if (nsub.op === Regexp.Op.EMPTY_MATCH) {
            state.changed = true;
            return;
          }
          if (nsub.op === Regexp.Op.CONCAT) {
            state.changed = true;
            for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
            return;
          }
        } else {
          if (nsub.op === Regexp.Op.NO_MATCH) {
            state.changed = true;
            return;
          }
          if (nsub.op === Regexp.Op.ALTERNATE) {
            state.changed = true;
            for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
            return;
          }
        }
        state.subs.push(nsub);
      }
      static leave(re, state) {
        switch (re.op) {
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE: {
            const sub = state.sub;
            if (sub !== re.subs[0]) {
              const nre = Regexp.fromRegexp(re);
              nre.runes = /* @__PURE__ */ new Int32Array(0);
              nre.subs = [sub];
              return nre;
            }
            return re;
          }
          case Regexp.Op.CONCAT:
          case Regexp.Op.ALTERNATE:
            if (state.changed) {
              const newSubs = state.subs;
              if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
              if (newSubs.length === 1) return newSubs[0];
              const nre = Regexp.fromRegexp(re);
              nre.runes = /* @__PURE__ */ new Int32Array(0);
              nre.subs = newSubs;
              return nre;
            }
            return re;
          case Regexp.Op.STAR:
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            return Simplify2.simplify1(re.op, re.flags, state.sub, re);
          case Regexp.Op.REPEAT:
            return Simplify2.simplifyRepeat(re, state.sub);
          default:
            return re;
        }
      }
      static simplifyRepeat(re, sub) {
        if (re.max === -1) {
          if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
          if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
          const subs = [];
          for (let i = 0; i < re.min - 1; i++) subs.push(sub);
          subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
          return Simplify2.concat(subs);
        }
        if (re.min === 1 && re.max === 1) return sub;
        let prefixSubs = null;
        if (re.min > 0) {
          prefixSubs = [];
          for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
        }
        if (re.max > re.min) {
          let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
          for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
          if (prefixSubs === null) return suffix;
          prefixSubs.push(suffix);
        }
        if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
        return new Regexp(Regexp.Op.NO_MATCH);
      }
      static concat(subs) {
        const newSubs = [];
        for (let i = 0; i < subs.length; i++) {
          const sub = subs[i];
          if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
          if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
          if (sub.op === Regexp.Op.CONCAT) {
            for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
            continue;
          }
          newSubs.push(sub);
        }
        if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
        if (newSubs.length === 1) return newSubs[0];
        const nre = new Regexp(Regexp.Op.CONCAT);
        nre.subs = newSubs;
        return nre;
      }
      static simplify1(op, flags, sub, re) {
        if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
        if (sub.op === Regexp.Op.NO_MATCH) {
          if (op === Regexp.Op.PLUS) return sub;
          return new Regexp(Regexp.Op.EMPTY_MATCH);
        }
        if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
        if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
        const nre = new Regexp(op);
        nre.flags = flags;
        nre.subs = [sub];
        return nre;
      }
    };
    CharGroup = class {
      constructor(sign, cls) {
        this.sign = sign;
        this.cls = cls;
      }
    };
    code1 = [48, 57];
    code2 = [
      9,
      10,
      12,
      13,
      32,
      32
    ];
    code3 = [
      48,
      57,
      65,
      90,
      95,
      95,
      97,
      122
    ];
    PERL_GROUPS = /* @__PURE__ */ new Map([
      ["\\d", new CharGroup(1, code1)],
      ["\\D", new CharGroup(-1, code1)],
      ["\\s", new CharGroup(1, code2)],
      ["\\S", new CharGroup(-1, code2)],
      ["\\w", new CharGroup(1, code3)],
      ["\\W", new CharGroup(-1, code3)]
    ]);
    code4 = [
      48,
      57,
      65,
      90,
      97,
      122
    ];
    code5 = [
      65,
      90,
      97,
      122
    ];
    code6 = [0, 127];
    code7 = [
      9,
      9,
      32,
      32
    ];
    code8 = [
      0,
      31,
      127,
      127
    ];
    code9 = [48, 57];
    code10 = [33, 126];
    code11 = [97, 122];
    code12 = [32, 126];
    code13 = [
      33,
      47,
      58,
      64,
      91,
      96,
      123,
      126
    ];
    code14 = [
      9,
      13,
      32,
      32
    ];
    code15 = [65, 90];
    code16 = [
      48,
      57,
      65,
      90,
      95,
      95,
      97,
      122
    ];
    code17 = [
      48,
      57,
      65,
      70,
      97,
      102
    ];
    POSIX_GROUPS = /* @__PURE__ */ new Map([
      ["[:alnum:]", new CharGroup(1, code4)],
      ["[:^alnum:]", new CharGroup(-1, code4)],
      ["[:alpha:]", new CharGroup(1, code5)],
      ["[:^alpha:]", new CharGroup(-1, code5)],
      ["[:ascii:]", new CharGroup(1, code6)],
      ["[:^ascii:]", new CharGroup(-1, code6)],
      ["[:blank:]", new CharGroup(1, code7)],
      ["[:^blank:]", new CharGroup(-1, code7)],
      ["[:cntrl:]", new CharGroup(1, code8)],
      ["[:^cntrl:]", new CharGroup(-1, code8)],
      ["[:digit:]", new CharGroup(1, code9)],
      ["[:^digit:]", new CharGroup(-1, code9)],
      ["[:graph:]", new CharGroup(1, code10)],
      ["[:^graph:]", new CharGroup(-1, code10)],
      ["[:lower:]", new CharGroup(1, code11)],
      ["[:^lower:]", new CharGroup(-1, code11)],
      ["[:print:]", new CharGroup(1, code12)],
      ["[:^print:]", new CharGroup(-1, code12)],
      ["[:punct:]", new CharGroup(1, code13)],
      ["[:^punct:]", new CharGroup(-1, code13)],
      ["[:space:]", new CharGroup(1, code14)],
      ["[:^space:]", new CharGroup(-1, code14)],
      ["[:upper:]", new CharGroup(1, code15)],
      ["[:^upper:]", new CharGroup(-1, code15)],
      ["[:word:]", new CharGroup(1, code16)],
      ["[:^word:]", new CharGroup(-1, code16)],
      ["[:xdigit:]", new CharGroup(1, code17)],
      ["[:^xdigit:]", new CharGroup(-1, code17)]
    ]);
    CharClass = class CharClass2 {
      static charClassToString(r2, len) {
        let result = "[";
        for (let i = 0; i < len; i += 2) {
          if (i > 0) result += " ";
          const lo = r2[i];
          const hi = r2[i + 1];
          if (lo === hi) result += `0x${lo.toString(16)}`;
          else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
        }
        result += "]";
        return result;
      }
      static sortRanges(array, len) {
        const n = len >> 1;
        const order = new Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
        const sorted2 = array.slice(0, len);
        for (let i = 0; i < n; i++) {
          array[2 * i] = sorted2[2 * order[i]];
          array[2 * i + 1] = sorted2[2 * order[i] + 1];
        }
      }
      /**
      * @param {number[]|Int32Array} [r]
      */
      constructor(r2 = Utils.emptyInts()) {
        this.r = r2;
        this.len = r2.length;
      }
      toArray() {
        if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
        return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
      }
      toGrowableArray() {
        if (Array.isArray(this.r)) {
          this.r.length = this.len;
          return this.r;
        }
        return Array.from(this.r.subarray(0, this.len));
      }
      cleanClass() {
        if (this.len < 4) return this;
        CharClass2.sortRanges(this.r, this.len);
        let w = 2;
        for (let i = 2; i < this.len; i += 2) {
          const lo = this.r[i];
          const hi = this.r[i + 1];
          if (lo <= this.r[w - 1] + 1) {
            if (hi > this.r[w - 1]) this.r[w - 1] = hi;
            continue;
          }
          this.r[w] = lo;
          this.r[w + 1] = hi;
          w += 2;
        }
        this.len = w;
        return this;
      }
      appendLiteral(x, flags) {
        return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
      }
      appendRange(lo, hi) {
        if (this.len > 0) {
          for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
            const rlo = this.r[this.len - i];
            const rhi = this.r[this.len - i + 1];
            if (lo <= rhi + 1 && rlo <= hi + 1) {
              if (lo < rlo) this.r[this.len - i] = lo;
              if (hi > rhi) this.r[this.len - i + 1] = hi;
              return this;
            }
          }
        }
        this.r[this.len++] = lo;
        this.r[this.len++] = hi;
        return this;
      }
      appendFoldedRange(lo, hi) {
        if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
        if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
        if (lo < Unicode.MIN_FOLD) {
          this.appendRange(lo, Unicode.MIN_FOLD - 1);
          lo = Unicode.MIN_FOLD;
        }
        if (hi > Unicode.MAX_FOLD) {
          this.appendRange(Unicode.MAX_FOLD + 1, hi);
          hi = Unicode.MAX_FOLD;
        }
        for (let c = lo; c <= hi; c++) {
          this.appendRange(c, c);
          for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
        }
        return this;
      }
      appendClass(x) {
        for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
        return this;
      }
      appendFoldedClass(x) {
        for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
        return this;
      }
      appendNegatedClass(x) {
        let nextLo = 0;
        for (let i = 0; i < x.length; i += 2) {
          const lo = x[i];
          const hi = x[i + 1];
          if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
          nextLo = hi + 1;
        }
        if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
        return this;
      }
      appendTable(table) {
        for (let i = 0; i < table.length; ++i) {
          const lo = table.getLo(i);
          const hi = table.getHi(i);
          const stride = table.getStride(i);
          if (stride === 1) {
            this.appendRange(lo, hi);
            continue;
          }
          for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
        }
        return this;
      }
      appendNegatedTable(table) {
        let nextLo = 0;
        for (let i = 0; i < table.length; ++i) {
          const lo = table.getLo(i);
          const hi = table.getHi(i);
          const stride = table.getStride(i);
          if (stride === 1) {
            if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
            nextLo = hi + 1;
            continue;
          }
          for (let c = lo; c <= hi; c += stride) {
            if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
            nextLo = c + 1;
          }
        }
        if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
        return this;
      }
      appendTableWithSign(table, sign) {
        return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
      }
      negateClass() {
        let nextLo = 0;
        let w = 0;
        for (let i = 0; i < this.len; i += 2) {
          const lo = this.r[i];
          const hi = this.r[i + 1];
          if (nextLo <= lo - 1) {
            this.r[w] = nextLo;
            this.r[w + 1] = lo - 1;
            w += 2;
          }
          nextLo = hi + 1;
        }
        this.len = w;
        if (nextLo <= Unicode.MAX_RUNE) {
          this.r[this.len++] = nextLo;
          this.r[this.len++] = Unicode.MAX_RUNE;
        }
        return this;
      }
      appendClassWithSign(x, sign) {
        return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
      }
      appendGroup(g, foldCase) {
        let cls = g.cls;
        if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
        return this.appendClassWithSign(cls, g.sign);
      }
      toString() {
        return CharClass2.charClassToString(this.r, this.len);
      }
    };
    StringIterator = class {
      constructor(str3) {
        this.str = str3;
        this.position = 0;
      }
      pos() {
        return this.position;
      }
      rewindTo(pos) {
        this.position = pos;
      }
      more() {
        return this.position < this.str.length;
      }
      peek() {
        return this.str.codePointAt(this.position);
      }
      skip(n) {
        this.position += n;
      }
      skipString(s) {
        this.position += s.length;
      }
      pop() {
        const r2 = this.str.codePointAt(this.position);
        this.position += Utils.charCount(r2);
        return r2;
      }
      lookingAt(s) {
        return this.str.startsWith(s, this.position);
      }
      rest() {
        return this.str.substring(this.position);
      }
      from(beforePos) {
        return this.str.substring(beforePos, this.position);
      }
      toString() {
        return this.rest();
      }
    };
    Parser = class Parser2 {
      static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
      static ERR_INVALID_CHAR_RANGE = "invalid character class range";
      static ERR_INVALID_ESCAPE = "invalid escape sequence";
      static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
      static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
      static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
      static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
      static ERR_MISSING_BRACKET = "missing closing ]";
      static ERR_MISSING_PAREN = "missing closing )";
      static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
      static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
      static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
      static ERR_UNEXPECTED_PAREN = "unexpected )";
      static ERR_NESTING_DEPTH = "expression nests too deeply";
      static ERR_LARGE = "expression too large";
      static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
      static MAX_HEIGHT = 1e3;
      static MAX_SIZE = 1398101;
      static MAX_RUNES = 33554432;
      static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        Unicode.MAX_RUNE,
        1
      ]));
      static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        127,
        1
      ]));
      static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
        0,
        127,
        1,
        383,
        383,
        1,
        8490,
        8490,
        1
      ]));
      static unicodeTable(name) {
        if (name === "Any") return {
          tab: Parser2.ANY_TABLE,
          fold: Parser2.ANY_TABLE,
          sign: 1
        };
        if (name === "Ascii") return {
          tab: Parser2.ASCII_TABLE,
          fold: Parser2.ASCII_FOLD_TABLE,
          sign: 1
        };
        if (name === "Assigned") return {
          tab: UnicodeTables.CATEGORIES.get("Cn"),
          fold: UnicodeTables.CATEGORIES.get("Cn"),
          sign: -1
        };
        if (name === "Lc") return {
          tab: UnicodeTables.CATEGORIES.get("LC"),
          fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
          sign: 1
        };
        if (UnicodeTables.CATEGORIES.has(name)) return {
          tab: UnicodeTables.CATEGORIES.get(name),
          fold: UnicodeTables.FOLD_CATEGORIES.get(name),
          sign: 1
        };
        if (UnicodeTables.SCRIPTS.has(name)) return {
          tab: UnicodeTables.SCRIPTS.get(name),
          fold: UnicodeTables.FOLD_SCRIPT.get(name),
          sign: 1
        };
        return null;
      }
      static minFoldRune(r2) {
        if (r2 < Unicode.MIN_FOLD || r2 > Unicode.MAX_FOLD) return r2;
        let min = r2;
        const r0 = r2;
        for (r2 = Unicode.simpleFold(r2); r2 !== r0; r2 = Unicode.simpleFold(r2)) if (min > r2) min = r2;
        return min;
      }
      static leadingRegexp(re) {
        if (re.op === Regexp.Op.EMPTY_MATCH) return null;
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          const sub = re.subs[0];
          if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
          return sub;
        }
        return re;
      }
      static literalRegexp(s, flags) {
        const re = new Regexp(Regexp.Op.LITERAL);
        re.flags = flags;
        re.runes = Utils.stringToRunes(s);
        return re;
      }
      /**
      * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
      * @param {string} pattern
      * @param {number} flags
      */
      static parse(pattern, flags) {
        return new Parser2(pattern, flags).parseInternal();
      }
      static parseRepeat(t) {
        const start = t.pos();
        if (!t.more() || !t.lookingAt("{")) return -1;
        t.skip(1);
        const min = Parser2.parseInt(t);
        if (min === -1) return -1;
        if (!t.more()) return -1;
        let max;
        if (!t.lookingAt(",")) max = min;
        else {
          t.skip(1);
          if (!t.more()) return -1;
          if (t.lookingAt("}")) max = -1;
          else if ((max = Parser2.parseInt(t)) === -1) return -1;
        }
        if (!t.more() || !t.lookingAt("}")) return -1;
        t.skip(1);
        if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
        return min << 16 | max & Unicode.MAX_BMP;
      }
      static isValidCaptureName(name) {
        if (name.length === 0) return false;
        for (let i = 0; i < name.length; i++) {
          const c = name.codePointAt(i);
          if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
        }
        return true;
      }
      static parseInt(t) {
        const start = t.pos();
        while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
        const n = t.from(start);
        if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
        if (n.length > 8) return -2;
        return parseInt(n, 10);
      }
      static isCharClass(re) {
        return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
      }
      static matchRune(re, r2) {
        switch (re.op) {
          case Regexp.Op.LITERAL:
            return re.runes.length === 1 && re.runes[0] === r2;
          case Regexp.Op.CHAR_CLASS:
            for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r2 && r2 <= re.runes[i + 1]) return true;
            return false;
          case Regexp.Op.ANY_CHAR_NOT_NL:
            return r2 !== Codepoint.CODES["\n"];
          case Regexp.Op.ANY_CHAR:
            return true;
        }
        return false;
      }
      static mergeCharClass(dst, src) {
        switch (dst.op) {
          case Regexp.Op.ANY_CHAR:
            break;
          case Regexp.Op.ANY_CHAR_NOT_NL:
            if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
            break;
          case Regexp.Op.CHAR_CLASS: {
            const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
            if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
            else cc.appendClass(src.runes);
            dst.runes = cc.toGrowableArray();
            break;
          }
          case Regexp.Op.LITERAL:
            if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
            dst.op = Regexp.Op.CHAR_CLASS;
            dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
        }
      }
      static parseEscape(t) {
        const startPos = t.pos();
        t.skip(1);
        if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
        let c = t.pop();
        bigswitch: switch (c) {
          case Codepoint.CODES["1"]:
          case Codepoint.CODES["2"]:
          case Codepoint.CODES["3"]:
          case Codepoint.CODES["4"]:
          case Codepoint.CODES["5"]:
          case Codepoint.CODES["6"]:
          case Codepoint.CODES["7"]:
            if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          case Codepoint.CODES["0"]: {
            let r2 = c - Codepoint.CODES["0"];
            for (let i = 1; i < 3; i++) {
              if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
              r2 = r2 * 8 + t.peek() - Codepoint.CODES["0"];
              t.skip(1);
            }
            return r2;
          }
          case Codepoint.CODES["x"]: {
            if (!t.more()) break;
            c = t.pop();
            if (c === Codepoint.CODES["{"]) {
              let nhex = 0;
              let r2 = 0;
              while (true) {
                if (!t.more()) break bigswitch;
                c = t.pop();
                if (c === Codepoint.CODES["}"]) break;
                const v = Utils.unhex(c);
                if (v < 0) break bigswitch;
                r2 = r2 * 16 + v;
                if (r2 > Unicode.MAX_RUNE) break bigswitch;
                nhex++;
              }
              if (nhex === 0) break bigswitch;
              return r2;
            }
            const x = Utils.unhex(c);
            if (!t.more()) break;
            c = t.pop();
            const y = Utils.unhex(c);
            if (x < 0 || y < 0) break;
            return x * 16 + y;
          }
          case Codepoint.CODES["a"]:
            return Codepoint.CODES["\x07"];
          case Codepoint.CODES["f"]:
            return Codepoint.CODES["\f"];
          case Codepoint.CODES["n"]:
            return Codepoint.CODES["\n"];
          case Codepoint.CODES["r"]:
            return Codepoint.CODES["\r"];
          case Codepoint.CODES["t"]:
            return Codepoint.CODES["	"];
          case Codepoint.CODES["v"]:
            return Codepoint.CODES["\v"];
          default:
            if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
        }
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
      }
      static parseClassChar(t, wholeClassPos) {
        if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
        if (t.lookingAt("\\")) return Parser2.parseEscape(t);
        return t.pop();
      }
      static hasCapture(re) {
        if (re === null) return false;
        if (re.op === Regexp.Op.CAPTURE) return true;
        if (re.subs) {
          for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
        }
        return false;
      }
      constructor(wholeRegexp, flags = 0) {
        this.wholeRegexp = wholeRegexp;
        this.flags = flags;
        this.numCap = 0;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.stack = [];
        this.free = null;
        this.numRegexp = 0;
        this.numRunes = 0;
        this.repeats = 0;
        this.height = null;
        this.size = null;
        this.nlb = 0;
      }
      newRegexp(op) {
        let re = this.free;
        if (re !== null && re.subs !== null && re.subs.length > 0) {
          this.free = re.subs[0];
          re.reinit();
          re.op = op;
        } else {
          re = new Regexp(op);
          this.numRegexp += 1;
        }
        return re;
      }
      reuse(re) {
        if (this.height !== null && this.height.has(re)) this.height.delete(re);
        if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
        this.free = re;
      }
      checkLimits(re) {
        if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
        this.checkSize(re);
        this.checkHeight(re);
      }
      checkSize(re) {
        if (this.size === null) {
          if (this.repeats === 0) this.repeats = 1;
          if (re.op === Regexp.Op.REPEAT) {
            let n = re.max;
            if (n === -1) n = re.min;
            if (n <= 0) n = 1;
            if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
            else this.repeats *= n;
          }
          if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
          this.size = /* @__PURE__ */ new Map();
          for (let reEx of this.stack) this.checkSize(reEx);
        }
        if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
      }
      calcSize(re, force = false) {
        if (!force && this.size !== null) {
          if (this.size.has(re)) return this.size.get(re);
        }
        let size3 = 0;
        switch (re.op) {
          case Regexp.Op.LITERAL:
            size3 = re.runes.length;
            break;
          case Regexp.Op.PLB:
          case Regexp.Op.NLB:
          case Regexp.Op.CAPTURE:
          case Regexp.Op.STAR:
            size3 = 2 + this.calcSize(re.subs[0]);
            break;
          case Regexp.Op.PLUS:
          case Regexp.Op.QUEST:
            size3 = 1 + this.calcSize(re.subs[0]);
            break;
          case Regexp.Op.CONCAT:
            for (let sub of re.subs) size3 = size3 + this.calcSize(sub);
            break;
          case Regexp.Op.ALTERNATE:
            for (let sub of re.subs) size3 = size3 + this.calcSize(sub);
            if (re.subs.length > 1) size3 = size3 + re.subs.length - 1;
            break;
          case Regexp.Op.REPEAT: {
            let sub = this.calcSize(re.subs[0]);
            if (re.max === -1) {
              if (re.min === 0) size3 = 2 + sub;
              else size3 = 1 + re.min * sub;
              break;
            }
            size3 = re.max * sub + (re.max - re.min);
            break;
          }
        }
        size3 = Math.max(1, size3);
        if (this.size === null) this.size = /* @__PURE__ */ new Map();
        this.size.set(re, size3);
        return size3;
      }
      checkHeight(re) {
        if (this.numRegexp < Parser2.MAX_HEIGHT) return;
        if (this.height === null) {
          this.height = /* @__PURE__ */ new Map();
          for (let reEx of this.stack) this.checkHeight(reEx);
        }
        if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
      }
      calcHeight(re, force = false) {
        if (!force && this.height !== null) {
          if (this.height.has(re)) return this.height.get(re);
        }
        let h = 1;
        for (let sub of re.subs) {
          const hsub = this.calcHeight(sub);
          if (h < 1 + hsub) h = 1 + hsub;
        }
        if (this.height === null) this.height = /* @__PURE__ */ new Map();
        this.height.set(re, h);
        return h;
      }
      pop() {
        return this.stack.pop();
      }
      popToPseudo() {
        const n = this.stack.length;
        let i = n;
        while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
        return this.stack.splice(i, n - i);
      }
      push(re) {
        this.numRunes += re.runes.length;
        if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
          if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
          re.op = Regexp.Op.LITERAL;
          re.runes = [re.runes[0]];
          re.flags = this.flags & ~RE2Flags.FOLD_CASE;
        } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
          if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
          re.op = Regexp.Op.LITERAL;
          re.runes = [re.runes[0]];
          re.flags = this.flags | RE2Flags.FOLD_CASE;
        } else this.maybeConcat(-1, 0);
        this.stack.push(re);
        this.checkLimits(re);
        return re;
      }
      maybeConcat(r2, flags) {
        const n = this.stack.length;
        if (n < 2) return false;
        const re1 = this.stack[n - 1];
        const re2 = this.stack[n - 2];
        if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
        if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
        for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
        if (r2 >= 0) {
          re1.runes = [r2];
          re1.flags = flags;
          return true;
        }
        this.pop();
        this.reuse(re1);
        return false;
      }
      newLiteral(r2, flags) {
        const re = this.newRegexp(Regexp.Op.LITERAL);
        re.flags = flags;
        if ((flags & RE2Flags.FOLD_CASE) !== 0) r2 = Parser2.minFoldRune(r2);
        re.runes = [r2];
        return re;
      }
      literal(r2) {
        this.push(this.newLiteral(r2, this.flags));
      }
      op(op) {
        const re = this.newRegexp(op);
        re.flags = this.flags;
        return this.push(re);
      }
      repeat(op, min, max, beforePos, t, lastRepeatPos) {
        let flags = this.flags;
        if ((flags & RE2Flags.PERL_X) !== 0) {
          if (t.more() && t.lookingAt("?")) {
            t.skip(1);
            flags ^= RE2Flags.NON_GREEDY;
          }
          if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
        }
        const n = this.stack.length;
        if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
        const sub = this.stack[n - 1];
        if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
        const re = this.newRegexp(op);
        re.min = min;
        re.max = max;
        re.flags = flags;
        re.subs = [sub];
        this.stack[n - 1] = re;
        this.checkLimits(re);
        if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
      }
      repeatIsValid(re, n) {
        if (re.op === Regexp.Op.REPEAT) {
          let m = re.max;
          if (m === 0) return true;
          if (m < 0) m = re.min;
          if (m > n) return false;
          if (m > 0) n = Math.trunc(n / m);
        }
        for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
        return true;
      }
      concat() {
        this.maybeConcat(-1, 0);
        const subs = this.popToPseudo();
        if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
        return this.push(this.collapse(subs, Regexp.Op.CONCAT));
      }
      alternate() {
        const subs = this.popToPseudo();
        if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
        if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
        return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
      }
      cleanAlt(re) {
        if (re.op === Regexp.Op.CHAR_CLASS) {
          re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
          if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
            re.runes = /* @__PURE__ */ new Int32Array(0);
            re.op = Regexp.Op.ANY_CHAR;
          } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
            re.runes = /* @__PURE__ */ new Int32Array(0);
            re.op = Regexp.Op.ANY_CHAR_NOT_NL;
          }
        }
      }
      collapse(subs, op) {
        if (subs.length === 1) return subs[0];
        let len = 0;
        for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
        let newsubs = new Array(len).fill(null);
        let i = 0;
        for (let sub of subs) if (sub.op === op) {
          for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
          this.reuse(sub);
        } else newsubs[i++] = sub;
        let re = this.newRegexp(op);
        re.subs = newsubs;
        if (op === Regexp.Op.ALTERNATE) {
          re.subs = this.factor(re.subs);
          if (re.subs.length === 1) {
            const old = re;
            re = re.subs[0];
            this.reuse(old);
          }
        }
        return re;
      }
      factor(array) {
        if (array.length < 2) return array;
        let s = 0;
        let lensub = array.length;
        let lenout = 0;
        let str3 = null;
        let strlen = 0;
        let strflags = 0;
        let start = 0;
        for (let i = 0; i <= lensub; i++) {
          let istr = null;
          let istrlen = 0;
          let iflags = 0;
          if (i < lensub) {
            let re = array[s + i];
            if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
            if (re.op === Regexp.Op.LITERAL) {
              istr = re.runes;
              istrlen = re.runes.length;
              iflags = re.flags & RE2Flags.FOLD_CASE;
            }
            if (iflags === strflags) {
              let same = 0;
              while (same < strlen && same < istrlen && str3[same] === istr[same]) same++;
              if (same > 0) {
                strlen = same;
                continue;
              }
            }
          }
          if (i === start) {
          } else if (i === start + 1) array[lenout++] = array[s + start];
          else {
            const prefix = this.newRegexp(Regexp.Op.LITERAL);
            prefix.flags = strflags;
            prefix.runes = str3.slice(0, strlen);
            for (let j = start; j < i; j++) {
              array[s + j] = this.removeLeadingString(array[s + j], strlen);
              this.checkLimits(array[s + j]);
            }
            const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
            const re = this.newRegexp(Regexp.Op.CONCAT);
            re.subs = [prefix, suffix];
            array[lenout++] = re;
          }
          start = i;
          str3 = istr;
          strlen = istrlen;
          strflags = iflags;
        }
        lensub = lenout;
        s = 0;
        start = 0;
        lenout = 0;
        let first = null;
        for (let i = 0; i <= lensub; i++) {
          let ifirst = null;
          if (i < lensub) {
            ifirst = Parser2.leadingRegexp(array[s + i]);
            if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
          }
          if (i === start) {
          } else if (i === start + 1) array[lenout++] = array[s + start];
          else {
            const prefix = first;
            for (let j = start; j < i; j++) {
              const reuse = j !== start;
              array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
              this.checkLimits(array[s + j]);
            }
            const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
            const re = this.newRegexp(Regexp.Op.CONCAT);
            re.subs = [prefix, suffix];
            array[lenout++] = re;
          }
          start = i;
          first = ifirst;
        }
        lensub = lenout;
        s = 0;
        start = 0;
        lenout = 0;
        for (let i = 0; i <= lensub; i++) {
          if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
          if (i === start) {
          } else if (i === start + 1) array[lenout++] = array[s + start];
          else {
            let max = start;
            for (let j = start + 1; j < i; j++) {
              const subMax = array[s + max];
              const subJ = array[s + j];
              if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
            }
            const tmp = array[s + start];
            array[s + start] = array[s + max];
            array[s + max] = tmp;
            for (let j = start + 1; j < i; j++) {
              Parser2.mergeCharClass(array[s + start], array[s + j]);
              this.reuse(array[s + j]);
            }
            this.cleanAlt(array[s + start]);
            array[lenout++] = array[s + start];
          }
          if (i < lensub) array[lenout++] = array[s + i];
          start = i + 1;
        }
        lensub = lenout;
        s = 0;
        start = 0;
        lenout = 0;
        for (let i = 0; i < lensub; ++i) {
          if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
          array[lenout++] = array[s + i];
        }
        lensub = lenout;
        s = 0;
        return array.slice(s, lensub);
      }
      removeLeadingString(re, n) {
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          const sub = this.removeLeadingString(re.subs[0], n);
          re.subs[0] = sub;
          if (sub.op === Regexp.Op.EMPTY_MATCH) {
            this.reuse(sub);
            switch (re.subs.length) {
              case 0:
              case 1:
                re.op = Regexp.Op.EMPTY_MATCH;
                re.subs = Regexp.emptySubs();
                break;
              case 2: {
                const old = re;
                re = re.subs[1];
                this.reuse(old);
                break;
              }
              default:
                re.subs = re.subs.slice(1, re.subs.length);
            }
          }
          return re;
        }
        if (re.op === Regexp.Op.LITERAL) {
          re.runes = re.runes.slice(n, re.runes.length);
          if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
        }
        return re;
      }
      removeLeadingRegexp(re, reuse) {
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
          if (reuse) this.reuse(re.subs[0]);
          re.subs = re.subs.slice(1, re.subs.length);
          switch (re.subs.length) {
            case 0:
              re.op = Regexp.Op.EMPTY_MATCH;
              re.subs = Regexp.emptySubs();
              break;
            case 1: {
              const old = re;
              re = re.subs[0];
              this.reuse(old);
              break;
            }
          }
          return re;
        }
        if (reuse) this.reuse(re);
        return this.newRegexp(Regexp.Op.EMPTY_MATCH);
      }
      parseInternal() {
        if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
        let lastRepeatPos = -1;
        let min = -1;
        let max = -1;
        const t = new StringIterator(this.wholeRegexp);
        while (t.more()) {
          let repeatPos = -1;
          bigswitch: switch (t.peek()) {
            case Codepoint.CODES["("]:
              if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
                if (t.lookingAt("(?<=")) {
                  this.parsePosLookBehind();
                  t.skip(4);
                  break;
                }
                if (t.lookingAt("(?<!")) {
                  this.parseNegLookBehind();
                  t.skip(4);
                  break;
                }
              }
              if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
                this.parsePerlFlags(t);
                break;
              }
              this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
              t.skip(1);
              break;
            case Codepoint.CODES["|"]:
              this.parseVerticalBar();
              t.skip(1);
              break;
            case Codepoint.CODES[")"]:
              this.parseRightParen();
              t.skip(1);
              break;
            case Codepoint.CODES["^"]:
              if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
              else this.op(Regexp.Op.BEGIN_LINE);
              t.skip(1);
              break;
            case Codepoint.CODES["$"]:
              if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
              else this.op(Regexp.Op.END_LINE);
              t.skip(1);
              break;
            case Codepoint.CODES["."]:
              if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
              else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
              t.skip(1);
              break;
            case Codepoint.CODES["["]:
              this.parseClass(t);
              break;
            case Codepoint.CODES["*"]:
            case Codepoint.CODES["+"]:
            case Codepoint.CODES["?"]: {
              repeatPos = t.pos();
              let op = null;
              switch (t.pop()) {
                case Codepoint.CODES["*"]:
                  op = Regexp.Op.STAR;
                  break;
                case Codepoint.CODES["+"]:
                  op = Regexp.Op.PLUS;
                  break;
                case Codepoint.CODES["?"]:
                  op = Regexp.Op.QUEST;
              }
              this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
              break;
            }
            case Codepoint.CODES["{"]: {
              const before = t.pos();
              const minMax = Parser2.parseRepeat(t);
              if (minMax < 0) {
                t.rewindTo(before);
                this.literal(t.pop());
                break;
              }
              repeatPos = before;
              min = minMax >> 16;
              max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
              this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
              break;
            }
            case Codepoint.CODES["\\"]: {
              const savedPos = t.pos();
              t.skip(1);
              if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
                case Codepoint.CODES["A"]:
                  this.op(Regexp.Op.BEGIN_TEXT);
                  break bigswitch;
                case Codepoint.CODES["b"]:
                  this.op(Regexp.Op.WORD_BOUNDARY);
                  break bigswitch;
                case Codepoint.CODES["B"]:
                  this.op(Regexp.Op.NO_WORD_BOUNDARY);
                  break bigswitch;
                case Codepoint.CODES["C"]:
                  throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
                case Codepoint.CODES["Q"]: {
                  let lit = t.rest();
                  const i = lit.indexOf("\\E");
                  if (i >= 0) {
                    lit = lit.substring(0, i);
                    t.skipString(lit);
                    t.skipString("\\E");
                  } else t.skipString(lit);
                  let j = 0;
                  while (j < lit.length) {
                    const codepoint = lit.codePointAt(j);
                    this.literal(codepoint);
                    j += Utils.charCount(codepoint);
                  }
                  break bigswitch;
                }
                case Codepoint.CODES["z"]:
                  this.op(Regexp.Op.END_TEXT);
                  break bigswitch;
                default:
                  t.rewindTo(savedPos);
              }
              else t.rewindTo(savedPos);
              const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
              re.flags = this.flags;
              if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
                const cc2 = new CharClass();
                if (this.parseUnicodeClass(t, cc2)) {
                  re.runes = cc2.toArray();
                  this.push(re);
                  break bigswitch;
                }
              }
              const cc = new CharClass();
              if (this.parsePerlClassEscape(t, cc)) {
                re.runes = cc.toArray();
                this.push(re);
                break bigswitch;
              }
              t.rewindTo(savedPos);
              this.reuse(re);
              this.literal(Parser2.parseEscape(t));
              break;
            }
            default:
              this.literal(t.pop());
          }
          lastRepeatPos = repeatPos;
        }
        this.concat();
        if (this.swapVerticalBar()) this.pop();
        this.alternate();
        if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
        this.stack[0].namedGroups = this.namedGroups;
        return this.stack[0];
      }
      parsePerlFlags(t) {
        const startPos = t.pos();
        const s = t.rest();
        if (s.startsWith("(?P<") || s.startsWith("(?<")) {
          const begin = s.charAt(2) === "P" ? 4 : 3;
          const end = s.indexOf(">");
          if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
          const name = s.substring(begin, end);
          t.skipString(name);
          t.skip(begin + 1);
          if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
          const re = this.op(Regexp.Op.LEFT_PAREN);
          re.cap = ++this.numCap;
          if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
          this.namedGroups[name] = this.numCap;
          re.name = name;
          return;
        }
        t.skip(2);
        let flags = this.flags;
        let sign = 1;
        let sawFlag = false;
        loop: while (t.more()) {
          const c = t.pop();
          switch (c) {
            case Codepoint.CODES["i"]:
              flags |= RE2Flags.FOLD_CASE;
              sawFlag = true;
              break;
            case Codepoint.CODES["m"]:
              flags &= ~RE2Flags.ONE_LINE;
              sawFlag = true;
              break;
            case Codepoint.CODES["s"]:
              flags |= RE2Flags.DOT_NL;
              sawFlag = true;
              break;
            case Codepoint.CODES["U"]:
              flags |= RE2Flags.NON_GREEDY;
              sawFlag = true;
              break;
            case Codepoint.CODES["-"]:
              if (sign < 0) break loop;
              sign = -1;
              flags = ~flags;
              sawFlag = false;
              break;
            case Codepoint.CODES[":"]:
            case Codepoint.CODES[")"]:
              if (sign < 0) {
                if (!sawFlag) break loop;
                flags = ~flags;
              }
              if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
              this.flags = flags;
              return;
            default:
              break loop;
          }
        }
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
      }
      parsePosLookBehind() {
        const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
        re.flags = this.flags;
        re.lb = ++this.nlb;
        return this.push(re);
      }
      parseNegLookBehind() {
        const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
        re.flags = this.flags;
        re.lb = -++this.nlb;
        return this.push(re);
      }
      parseVerticalBar() {
        this.concat();
        if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
      }
      swapVerticalBar() {
        const n = this.stack.length;
        if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
          let re1 = this.stack[n - 1];
          let re3 = this.stack[n - 3];
          if (re1.op > re3.op) {
            const tmp = re3;
            re3 = re1;
            re1 = tmp;
            this.stack[n - 3] = re3;
          }
          Parser2.mergeCharClass(re3, re1);
          this.reuse(re1);
          this.pop();
          return true;
        }
        if (n >= 2) {
          const re1 = this.stack[n - 1];
          const re2 = this.stack[n - 2];
          if (re2.op === Regexp.Op.VERTICAL_BAR) {
            if (n >= 3) this.cleanAlt(this.stack[n - 3]);
            this.stack[n - 2] = re1;
            this.stack[n - 1] = re2;
            return true;
          }
        }
        return false;
      }
      parseRightParen() {
        this.concat();
        if (this.swapVerticalBar()) this.pop();
        this.alternate();
        if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
        const re1 = this.pop();
        const re2 = this.pop();
        if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
        this.flags = re2.flags;
        if (re2.lb !== 0) {
          if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
          if (re2.lb > 0) re2.op = Regexp.Op.PLB;
          else re2.op = Regexp.Op.NLB;
          re2.subs = [re1];
          this.push(re2);
          return;
        }
        if (re2.cap === 0) this.push(re1);
        else {
          re2.op = Regexp.Op.CAPTURE;
          re2.subs = [re1];
          this.push(re2);
        }
      }
      parsePerlClassEscape(t, cc) {
        const beforePos = t.pos();
        if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
        t.pop();
        const p = t.from(beforePos);
        const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
        if (g === null) return false;
        cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
        return true;
      }
      parseNamedClass(t, cc) {
        const cls = t.rest();
        const i = cls.indexOf(":]");
        if (i < 0) return false;
        const name = cls.substring(0, i + 2);
        t.skipString(name);
        const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
        if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
        cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
        return true;
      }
      parseUnicodeClass(t, cc) {
        const startPos = t.pos();
        if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
        t.skip(1);
        let sign = 1;
        let c = t.pop();
        if (c === Codepoint.CODES["P"]) sign = -1;
        if (!t.more()) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
        c = t.pop();
        let name;
        if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
        else {
          const rest = t.rest();
          const end = rest.indexOf("}");
          if (end < 0) {
            t.rewindTo(startPos);
            throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
          }
          name = rest.substring(0, end);
          t.skipString(name);
          t.skip(1);
        }
        if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
          sign = 0 - sign;
          name = name.substring(1);
        }
        const pair = Parser2.unicodeTable(name);
        if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
        if (pair.sign < 0) sign = 0 - sign;
        const tab = pair.tab;
        const fold = pair.fold;
        if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
        else {
          const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
          cc.appendClassWithSign(Array.from(tmp), sign);
        }
        return true;
      }
      parseClass(t) {
        const startPos = t.pos();
        t.skip(1);
        const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
        re.flags = this.flags;
        const cc = new CharClass();
        let sign = 1;
        if (t.more() && t.lookingAt("^")) {
          sign = -1;
          t.skip(1);
          if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
        }
        let first = true;
        while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
          if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
            const s = t.rest();
            if (s === "-" || !s.startsWith("-]")) {
              t.rewindTo(startPos);
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
            }
          }
          first = false;
          const beforePos = t.pos();
          if (t.lookingAt("[:")) {
            if (this.parseNamedClass(t, cc)) continue;
            t.rewindTo(beforePos);
          }
          if (this.parseUnicodeClass(t, cc)) continue;
          if (this.parsePerlClassEscape(t, cc)) continue;
          t.rewindTo(beforePos);
          const lo = Parser2.parseClassChar(t, startPos);
          let hi = lo;
          if (t.more() && t.lookingAt("-")) {
            t.skip(1);
            if (t.more() && t.lookingAt("]")) t.skip(-1);
            else {
              hi = Parser2.parseClassChar(t, startPos);
              if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
            }
          }
          if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
          else cc.appendFoldedRange(lo, hi);
        }
        t.skip(1);
        cc.cleanClass();
        if (sign < 0) cc.negateClass();
        re.runes = cc.toArray();
        this.push(re);
      }
    };
    RE2 = class RE22 {
      static initTest(expr) {
        const re2 = RE22.compile(expr);
        const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
        res.cond = re2.cond;
        res.prefix = re2.prefix;
        res.prefixUTF8 = re2.prefixUTF8;
        res.prefixComplete = re2.prefixComplete;
        res.prefixRune = re2.prefixRune;
        res.prefilter = re2.prefilter;
        res.namedGroups = re2.namedGroups;
        return res;
      }
      /**
      * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
      * used to match against text.
      *
      * When matching against text, the regexp returns a match that begins as early as possible in the
      * input (leftmost), and among those it chooses the one that a backtracking search would have
      * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
      * and other implementations use, although this package implements it without the expense of
      * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
      */
      static compile(expr) {
        return RE22.compileImpl(expr, RE2Flags.PERL, false);
      }
      /**
      * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
      * (egrep) syntax and changes the match semantics to leftmost-longest.
      *
      * That is, when matching against text, the regexp returns a match that begins as early as
      * possible in the input (leftmost), and among those it chooses a match that is as long as
      * possible. This so-called leftmost-longest matching is the same semantics that early regular
      * expression implementations used and that POSIX specifies.
      *
      * However, there can be multiple leftmost-longest matches, with different submatch choices, and
      * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
      * package chooses the one that a backtracking search would have found first, while POSIX
      * specifies that the match be chosen to maximize the length of the first subexpression, then the
      * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
      * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
      */
      static compilePOSIX(expr) {
        return RE22.compileImpl(expr, RE2Flags.POSIX, true);
      }
      static compileImpl(expr, mode, longest) {
        let re = Parser.parse(expr, mode);
        const maxCap = re.maxCap();
        const namedGroups = re.namedGroups;
        re = Simplify.simplify(re);
        const prefilter = PrefilterTree.build(re);
        const prog = Compiler.compileRegexp(re);
        const re2 = new RE22(expr, prog, maxCap, longest);
        re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
        const [prefixCompl, prefixStr] = prog.prefix();
        re2.prefixComplete = prefixCompl;
        re2.prefix = prefixStr;
        re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
        if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
        re2.namedGroups = namedGroups;
        return re2;
      }
      /**
      * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
      *
      * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
      */
      static match(pattern, s) {
        return RE22.compile(pattern).match(s);
      }
      constructor(expr, prog, numSubexp = 0, longest = 0) {
        this.expr = expr;
        this.prog = prog;
        this.numSubexp = numSubexp;
        this.longest = longest;
        this.cond = prog.startCond();
        this.prefix = null;
        this.prefixUTF8 = null;
        this.prefixComplete = false;
        this.prefixRune = 0;
        this.namedGroups = /* @__PURE__ */ Object.create(null);
        this.machinePool = [];
        this.lazyDFA = null;
        this.onepass = OnePass.compile(this.prog);
        this.prefilter = null;
      }
      get dfa() {
        if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
        return this.lazyDFA;
      }
      matchPrefixComplete(input, pos, anchor, ncap) {
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
        let matchStart = -1;
        let matchEnd = -1;
        const pLen = input.prefixLength(this);
        if (anchor === RE2Flags.UNANCHORED) {
          const idx = input.index(this, pos);
          if (idx < 0) return null;
          matchStart = pos + idx;
          matchEnd = matchStart + pLen;
        } else if (anchor === RE2Flags.ANCHOR_BOTH) {
          if (input.endPos() !== pLen) return null;
          if (input.index(this, 0) !== 0) return null;
          matchStart = 0;
          matchEnd = pLen;
        } else if (anchor === RE2Flags.ANCHOR_START) {
          if (input.index(this, 0) !== 0) return null;
          matchStart = 0;
          matchEnd = pLen;
        }
        if (matchStart < 0) return null;
        if (ncap > 0) {
          const matchcap = new Int32Array(ncap).fill(-1);
          matchcap[0] = matchStart;
          matchcap[1] = matchEnd;
          return Array.from(matchcap);
        }
        return [];
      }
      createLookbehindState() {
        return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
      }
      executeEngine(input, pos, anchor, ncap, lbState = null) {
        if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
        if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
          if (!this.prefilter.eval(input, pos)) return null;
        }
        if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
        if (ncap > 0) {
          if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
          return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
        }
        if (this.prog.numLb === 0) {
          const dfaResult = this.dfa.match(input, pos, anchor);
          if (dfaResult !== null) return dfaResult ? [] : null;
          if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
        }
        return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
      }
      /**
      * Returns the number of parenthesized subexpressions in this regular expression.
      */
      numberOfCapturingGroups() {
        return this.numSubexp;
      }
      /**
      * Returns the number of instructions in this compiled regular expression program.
      */
      numberOfInstructions() {
        return this.prog.numInst();
      }
      get() {
        return this.machinePool.length > 0 ? this.machinePool.pop() : null;
      }
      reset() {
        this.machinePool.length = 0;
      }
      put(m) {
        this.machinePool.push(m);
      }
      toString() {
        return this.expr;
      }
      doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
        let m = this.get();
        if (!m) m = Machine.fromRE2(this);
        m.init(ncap);
        const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
        this.put(m);
        return cap;
      }
      match(s) {
        return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
      }
      /**
      * Matches the regular expression against input starting at position start and ending at position
      * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
      * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
      * array. It is most efficient not to ask for submatch boundaries.
      *
      * @param input the input byte array
      * @param start the beginning position in the input
      * @param end the end position in the input
      * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
      * @param group the array to fill with submatch positions
      * @param ngroup the number of array pairs to fill in
      * @param lbState optional state carried between successive matches over the same input (see
      *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
      * @returns true if a match was found
      */
      matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
        if (!(input instanceof MatcherInputBase)) {
          if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
          else input = MatcherInput.utf16(input);
        }
        return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
      }
      matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
        if (start > end) return [false, null];
        const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
        const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
        if (groupMatch === null) return [false, null];
        return [true, groupMatch];
      }
      /**
      * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
      */
      matchUTF8(b) {
        return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
      }
      /**
      * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
      * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceAll(src, repl) {
        return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
      }
      /**
      * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
      * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceFirst(src, repl) {
        return this.replaceAllFunc(src, () => repl, 1);
      }
      /**
      * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
      * been replaced by the return value of of function {@code repl} (whose first argument is the
      * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
      * replacement string.
      */
      replaceAllFunc(src, replFunc, maxReplaces) {
        let lastMatchEnd = 0;
        let searchPos = 0;
        let out = "";
        const input = MachineInput.fromUTF16(src);
        const lbState = this.createLookbehindState();
        let numReplaces = 0;
        while (searchPos <= src.length) {
          const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
          if (a === null || a.length === 0) break;
          out += src.substring(lastMatchEnd, a[0]);
          if (a[1] > lastMatchEnd || a[0] === 0) {
            out += replFunc(src.substring(a[0], a[1]));
            numReplaces++;
          }
          lastMatchEnd = a[1];
          const width = input.step(searchPos) & 7;
          if (searchPos + width > a[1]) searchPos += width;
          else if (searchPos + 1 > a[1]) searchPos++;
          else searchPos = a[1];
          if (numReplaces >= maxReplaces) break;
        }
        out += src.substring(lastMatchEnd);
        return out;
      }
      pad(a) {
        if (a === null) return null;
        let n = (1 + this.numSubexp) * 2;
        if (a.length < n) {
          let a2 = new Array(n).fill(-1);
          for (let i = 0; i < a.length; i++) a2[i] = a[i];
          a = a2;
        }
        return a;
      }
      allMatches(input, n, deliverFun = (v) => v) {
        let result = [];
        const end = input.endPos();
        if (n < 0) n = end + 1;
        let pos = 0;
        let i = 0;
        let prevMatchEnd = -1;
        const lbState = this.createLookbehindState();
        while (i < n && pos <= end) {
          const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
          if (matches === null || matches.length === 0) break;
          let accept = true;
          if (matches[1] === pos) {
            if (matches[0] === prevMatchEnd) accept = false;
            const r2 = input.step(pos);
            if (r2 < 0) pos = end + 1;
            else pos += r2 & 7;
          } else pos = matches[1];
          prevMatchEnd = matches[1];
          if (accept) {
            result.push(deliverFun(this.pad(matches)));
            i++;
          }
        }
        return result;
      }
      /**
      * Returns an array holding the text of the leftmost match in {@code b} of this regular
      * expression.
      *
      * A return value of null indicates no match.
      */
      findUTF8(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return null;
        return b.slice(a[0], a[1]);
      }
      /**
      * Returns a two-element array of integers defining the location of the leftmost match in
      * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
      *
      * A return value of null indicates no match.
      */
      findUTF8Index(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return null;
        return a.slice(0, 2);
      }
      /**
      * Returns a string holding the text of the leftmost match in {@code s} of this regular
      * expression.
      *
      * If there is no match, the return value is an empty string, but it will also be empty if the
      * regular expression successfully matches an empty string. Use {@link #findIndex} or
      * {@link #findSubmatch} if it is necessary to distinguish these cases.
      */
      find(s) {
        const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
        if (a === null) return "";
        return s.substring(a[0], a[1]);
      }
      /**
      * Returns a two-element array of integers defining the location of the leftmost match in
      * {@code s} of this regular expression. The match itself is at
      * {@code s.substring(loc[0], loc[1])}.
      *
      * A return value of null indicates no match.
      */
      findIndex(s) {
        return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
      }
      /**
      * Returns an array of arrays the text of the leftmost match of the regular expression in
      * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findUTF8Submatch(b) {
        const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
        if (a === null) return null;
        const ret = new Array(1 + this.numSubexp).fill(null);
        for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
        return ret;
      }
      /**
      * Returns an array holding the index pairs identifying the leftmost match of this regular
      * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
      * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
      *
      * A return value of null indicates no match.
      */
      findUTF8SubmatchIndex(b) {
        return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
      }
      /**
      * Returns an array of strings holding the text of the leftmost match of the regular expression in
      * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findSubmatch(s) {
        const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
        if (a === null) return null;
        const ret = new Array(1 + this.numSubexp).fill(null);
        for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
        return ret;
      }
      /**
      * Returns an array holding the index pairs identifying the leftmost match of this regular
      * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
      * href='#submatch'>Submatch</a> description above.
      *
      * A return value of null indicates no match.
      */
      findSubmatchIndex(s) {
        return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
      }
      /**
      * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
      * list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      *
      * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
      * by |b|.
      */
      findAllUTF8(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
      * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8Index(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
      * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
      * description above.
      *
      * A return value of null indicates no match.
      */
      findAll(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
      * list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllIndex(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
      * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8Submatch(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
          let slice = new Array(match.length / 2 | 0).fill(null);
          for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
          return slice;
        });
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
      * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
      * expression, as defined by the <a href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllUTF8SubmatchIndex(b, n) {
        const result = this.allMatches(MachineInput.fromUTF8(b), n);
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
      * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
      * href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllSubmatch(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
          let slice = new Array(match.length / 2 | 0).fill(null);
          for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
          return slice;
        });
        if (result.length === 0) return null;
        return result;
      }
      /**
      * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
      * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
      * expression, as defined by the <a href='#all'>All</a> description above.
      *
      * A return value of null indicates no match.
      */
      findAllSubmatchIndex(s, n) {
        const result = this.allMatches(MachineInput.fromUTF16(s), n);
        if (result.length === 0) return null;
        return result;
      }
    };
    RE2Set = class RE2Set2 {
      /** @type {number} */
      static UNANCHORED = RE2Flags.UNANCHORED;
      /** @type {number} */
      static ANCHOR_START = RE2Flags.ANCHOR_START;
      /** @type {number} */
      static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
      /**
      * Constructs a new RE2Set with the specified anchor mode and flags.
      * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
      * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
      * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
      */
      constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
        if (![
          RE2Set2.UNANCHORED,
          RE2Set2.ANCHOR_START,
          RE2Set2.ANCHOR_BOTH
        ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
        Utils.checkFlags(flags);
        this.anchor = anchor;
        this.jsFlags = flags;
        this.maxMem = maxMem;
        let re2Flags = RE2Flags.PERL;
        if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
        if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
        this.re2Flags = re2Flags;
        this.regexps = [];
        this.prog = null;
        this.dfa = null;
        this.dummyRe2 = null;
      }
      /**
      * Adds a new regular expression pattern to the set.
      * Patterns cannot be added after the set has been compiled.
      * @param {string} pattern - The regular expression pattern to add.
      * @returns {number} The integer index assigned to the added pattern.
      * @throws {RE2JSCompileException} If patterns are added after compilation.
      */
      add(pattern) {
        if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
        Utils.checkPattern(pattern);
        let fregex = pattern;
        if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
        if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
        if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
        const re = Parser.parse(fregex, this.re2Flags);
        this.regexps.push(Simplify.simplify(re));
        return this.regexps.length - 1;
      }
      /**
      * Compiles the added patterns into a single state machine.
      * This is automatically called on the first match if not called explicitly.
      * @returns {void}
      */
      compile() {
        if (this.prog) return;
        const prog = Compiler.compileSet(this.regexps);
        if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
        this.prog = prog;
        this.dfa = new DFA(this.prog, this.maxMem);
        this.dummyRe2 = {
          prog: this.prog,
          cond: this.prog.startCond(),
          prefix: "",
          prefixRune: 0,
          longest: false
        };
      }
      /**
      * Matches the input against the compiled set of regular expressions.
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
      * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
      */
      match(input) {
        if (!this.prog) this.compile();
        const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
        let internalAnchor = RE2Flags.UNANCHORED;
        if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
        else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
        const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
        if (dfaResult !== null) return dfaResult;
        const machine = Machine.fromRE2(this.dummyRe2);
        machine.init(0);
        return machine.matchSet(machineInput, 0, internalAnchor);
      }
    };
    TranslateRegExpString = class TranslateRegExpString2 {
      static isHexadecimal(ch) {
        return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
      }
      static translate(data) {
        let prefixFlags = "";
        if (Object.prototype.toString.call(data) === "[object RegExp]") {
          if (data.ignoreCase) prefixFlags += "i";
          if (data.multiline) prefixFlags += "m";
          if (data.dotAll) prefixFlags += "s";
          data = data.source;
        }
        if (typeof data !== "string") return data;
        let result = "";
        let changed = false;
        let size3 = data.length;
        if (size3 === 0) {
          result = "(?:)";
          changed = true;
        }
        let inCharClass = false;
        let i = 0;
        while (i < size3) {
          let ch = data[i];
          if (ch === "\\") {
            if (i + 1 < size3) {
              ch = data[i + 1];
              switch (ch) {
                case "\\":
                  result += "\\\\";
                  i += 2;
                  continue;
                case "c":
                  if (i + 2 < size3) {
                    let code = data[i + 2].charCodeAt(0);
                    if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                      let val = code % 32;
                      result += "\\x";
                      result += (val >> 4).toString(16).toUpperCase();
                      result += (val & 15).toString(16).toUpperCase();
                      i += 3;
                      changed = true;
                      continue;
                    }
                  }
                  result += "c";
                  i += 2;
                  changed = true;
                  continue;
                case "u":
                  if (i + 2 < size3) {
                    if (data[i + 2] === "{") {
                      let j = i + 3;
                      let hasHex = false;
                      let closed = false;
                      while (j < size3) {
                        const hexChar = data[j];
                        if (hexChar === "}") {
                          closed = true;
                          break;
                        }
                        if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                        hasHex = true;
                        j++;
                      }
                      if (closed && hasHex) {
                        result += "\\x";
                        i += 2;
                        changed = true;
                        continue;
                      }
                    } else if (i + 5 < size3) {
                      let isHex4 = true;
                      for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                        isHex4 = false;
                        break;
                      }
                      if (isHex4) {
                        result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                        i += 6;
                        changed = true;
                        continue;
                      }
                    }
                  }
                  result += "u";
                  i += 2;
                  changed = true;
                  continue;
                case "x": {
                  let isValidHex = false;
                  if (i + 2 < size3 && data[i + 2] === "{") {
                    let j = i + 3;
                    let hasHex = false;
                    let closed = false;
                    while (j < size3) {
                      const hexChar = data[j];
                      if (hexChar === "}") {
                        closed = true;
                        break;
                      }
                      if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                      hasHex = true;
                      j++;
                    }
                    if (closed && hasHex) isValidHex = true;
                  } else if (i + 3 < size3 && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
                  if (isValidHex) {
                    result += "\\x";
                    i += 2;
                  } else {
                    result += "x";
                    i += 2;
                    changed = true;
                  }
                  continue;
                }
                case "n":
                case "r":
                case "t":
                case "a":
                case "f":
                case "v":
                case "d":
                case "D":
                case "s":
                case "S":
                case "w":
                case "W":
                case "b":
                case "B":
                case "p":
                case "P":
                case "A":
                case "z":
                case "Q":
                case "E":
                case "0":
                case "1":
                case "2":
                case "3":
                case "4":
                case "5":
                case "6":
                case "7":
                  result += "\\" + ch;
                  i += 2;
                  continue;
                default: {
                  let cp2 = data.codePointAt(i + 1);
                  if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                    let symSize2 = Utils.charCount(cp2);
                    result += data.substring(i + 1, i + 1 + symSize2);
                    i += symSize2 + 1;
                    changed = true;
                  } else {
                    result += "\\";
                    let symSize2 = Utils.charCount(cp2);
                    result += data.substring(i + 1, i + 1 + symSize2);
                    i += symSize2 + 1;
                  }
                  continue;
                }
              }
            }
          } else if (ch === "/") {
            result += "\\/";
            i += 1;
            changed = true;
            continue;
          } else if (ch === "[") {
            if (!inCharClass && data[i + 1] === "]") {
              result += "[^\\x00-\\x{10FFFF}]";
              i += 2;
              changed = true;
              continue;
            }
            if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
              result += "[\\x00-\\x{10FFFF}]";
              i += 3;
              changed = true;
              continue;
            }
            inCharClass = true;
          } else if (ch === "]") inCharClass = false;
          else if (!inCharClass && ch === "(" && i + 2 < size3 && data[i + 1] === "?" && data[i + 2] === "<") {
            if (i + 3 < size3 && !"=!>)".includes(data[i + 3])) {
              result += "(?P<";
              i += 3;
              changed = true;
              continue;
            }
          }
          let cp = data.codePointAt(i);
          let symSize = Utils.charCount(cp);
          result += data.substring(i, i + symSize);
          i += symSize;
        }
        const finalResult = changed ? result : data;
        if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
        return finalResult;
      }
    };
    execResult = (m, input) => {
      const result = m.matchArray();
      result.index = m.start(0);
      result.input = input;
      result.groups = m.namedGroupsObject();
      return result;
    };
    RE2JS = class RE2JS2 {
      /**
      * Flag: case insensitive matching.
      */
      static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
      /**
      * Flag: dot ({@code .}) matches all characters, including newline.
      */
      static DOTALL = PublicFlags.DOTALL;
      /**
      * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
      * beginning and end of input.
      */
      static MULTILINE = PublicFlags.MULTILINE;
      /**
      * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
      */
      static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
      /**
      * Flag: matches longest possible string.
      */
      static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
      /**
      * Flag: enable linear-time captureless lookbehinds.
      */
      static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
      /**
      * Returns a literal pattern string for the specified string.
      *
      * This method produces a string that can be used to create a <code>RE2JS</code> that would
      * match the string <code>s</code> as if it were a literal pattern.
      *
      * Metacharacters or escape sequences in the input sequence will be given no special meaning.
      *
      * @param {string} str The string to be literalized
      * @returns {string} A literal string replacement
      */
      static quote(str3) {
        return Utils.quoteMeta(str3);
      }
      /**
      * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
      * replacement methods as a literal replacement of {@code str}.
      *
      * This is a convenience delegation to {@link Matcher.quoteReplacement}.
      *
      * @param {string} str the string to be quoted
      * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
      * @returns {string} the quoted string
      */
      static quoteReplacement(str3, javaMode = false) {
        return Matcher.quoteReplacement(str3, javaMode);
      }
      /**
      * Translates a given regular expression string to ensure compatibility with RE2JS.
      *
      * This function preprocesses the input regex string by applying necessary transformations,
      * such as escaping special characters (e.g., `/`), converting named capture groups to
      * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
      * resulting regex is safe and properly formatted before compilation.
      *
      * @param {string|RegExp} expr - The regular expression string to be translated.
      * @returns {string} - The transformed regular expression string, ready for compilation.
      */
      static translateRegExp(expr) {
        return TranslateRegExpString.translate(expr);
      }
      /**
      * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
      * @param {string} regex
      * @param {number} [flags=0]
      * @returns {RE2JS}
      */
      static compile(regex, flags = 0) {
        Utils.checkPattern(regex);
        Utils.checkFlags(flags);
        let fregex = regex;
        if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
        if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
        if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
        let re2Flags = RE2Flags.PERL;
        if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
        if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
        const p = new RE2JS2(regex, flags);
        p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
        return p;
      }
      /**
      * Matches a string against a regular expression.
      *
      * @param {string} regex the regular expression
      * @param {string|number[]|Uint8Array} input the input
      * @returns {boolean} true if the regular expression matches the entire input
      * @throws RE2JSSyntaxException if the regular expression is malformed
      */
      static matches(regex, input) {
        return RE2JS2.compile(regex).testExact(input);
      }
      /**
      * This is visible for testing.
      * @private
      */
      static initTest(pattern, flags, re2) {
        if (pattern == null) throw new Error("pattern is null");
        if (re2 == null) throw new Error("re2 is null");
        const p = new RE2JS2(pattern, flags);
        p.re2Input = re2;
        return p;
      }
      /**
      *
      * @param {string} pattern
      * @param {number} flags
      */
      constructor(pattern, flags) {
        this.patternInput = pattern;
        this.flagsInput = flags;
        this.re2Input = null;
      }
      /**
      * Releases memory used by internal caches associated with this pattern. Does not change the
      * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
      */
      reset() {
        this.re2Input.reset();
      }
      /**
      * Returns the flags used in the constructor.
      * @returns {number}
      */
      flags() {
        return this.flagsInput;
      }
      /**
      * Returns the pattern used in the constructor.
      * @returns {string}
      */
      pattern() {
        return this.patternInput;
      }
      re2() {
        return this.re2Input;
      }
      /**
      * Matches a string against a regular expression.
      *
      * @param {string|number[]|Uint8Array} input the input
      * @returns {boolean} true if the regular expression matches the entire input
      */
      matches(input) {
        return this.testExact(input);
      }
      /**
      * Creates a new {@code Matcher} matching the pattern against the input.
      *
      * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
      * @returns {Matcher}
      */
      matcher(input) {
        if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
        return new Matcher(this, input);
      }
      /**
      * Tests whether the regular expression matches any part of the input string.
      * Performance Note: This method is highly optimized. Because it only returns
      * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
      * and guarantees execution on the high-speed DFA engine whenever possible.
      *
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
      * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
      */
      test(input) {
        if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
        return this.re2Input.match(input);
      }
      /**
      * Tests whether the regular expression matches the ENTIRE input string.
      * * **Performance Note:** This operates identically to `.matches()`, but is significantly
      * faster because it does not request capture group data. By requesting 0 capture groups,
      * it securely routes execution through the DFA fast-path.
      *
      * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
      * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
      */
      testExact(input) {
        const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
        return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
      }
      /**
      * Executes a search for a match in a specified string.
      * Returns a result array, or null if no match is found.
      * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
      * including `.index`, `.input`, and `.groups` properties.
      *
      * @param {string|number[]|Uint8Array} input the input string or byte array
      * @returns {Array|null} the match array with index, input, and groups properties, or null
      */
      exec(input) {
        const m = this.matcher(input);
        return m.find() ? execResult(m, input) : null;
      }
      /**
      * Splits input around instances of the regular expression. It returns an array giving the strings
      * that occur before, between, and after instances of the regular expression.
      *
      * If {@code limit <= 0}, there is no limit on the size of the returned array. If
      * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
      * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
      * of the input, possibly including additional matches of the pattern.
      *
      * @param {string} input the input string to be split
      * @param {number} [limit=0] the limit
      * @returns {string[]} the split strings
      */
      split(input, limit = 0) {
        const m = this.matcher(input);
        const result = [];
        let emptiesSkipped = 0;
        let last = 0;
        while (m.find()) {
          if (last === 0 && m.end() === 0) {
            last = m.end();
            continue;
          }
          if (limit > 0 && result.length === limit - 1) break;
          if (last === m.start()) {
            if (limit === 0) {
              emptiesSkipped += 1;
              last = m.end();
              continue;
            }
          } else while (emptiesSkipped > 0) {
            result.push("");
            emptiesSkipped -= 1;
          }
          result.push(m.substring(last, m.start()));
          last = m.end();
        }
        if (limit === 0 && last !== m.inputLength()) {
          while (emptiesSkipped > 0) {
            result.push("");
            emptiesSkipped -= 1;
          }
          result.push(m.substring(last, m.inputLength()));
        }
        if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
        return result;
      }
      /**
      * Returns an iterator of all results matching a string against the regular expression,
      * including capturing groups.
      *
      * @param {string|number[]|Uint8Array} input the input string or byte array
      * @returns {IterableIterator<RegExpMatchArray>}
      */
      *matchAll(input) {
        const m = this.matcher(input);
        while (m.find()) yield execResult(m, input);
      }
      /**
      *
      * @returns {string}
      */
      toString() {
        return this.patternInput;
      }
      /**
      * Returns the program size of this pattern.
      *
      * <p>
      * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
      * "cost". Larger numbers are more expensive than smaller numbers.
      * </p>
      *
      * @returns {number} the program size of this pattern
      */
      programSize() {
        return this.re2Input.numberOfInstructions();
      }
      /**
      * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
      * pattern and is excluded from this count.
      *
      * @returns {number} the number of capturing groups in this pattern
      */
      groupCount() {
        return this.re2Input.numberOfCapturingGroups();
      }
      /**
      * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
      * is the index of the group in the pattern.
      * @returns {Record<string, number>}
      */
      namedGroups() {
        return this.re2Input.namedGroups;
      }
      /**
      *
      * @param {*} other
      * @returns {boolean}
      */
      equals(other) {
        if (this === other) return true;
        if (other === null || this.constructor !== other.constructor) return false;
        return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
      }
    };
  }
});

// src/rules/linear-regex.ts
function linearRegExp(source, flags = "") {
  return new LinearRegExp(source, flags);
}
var LinearRegExp;
var init_linear_regex = __esm({
  "src/rules/linear-regex.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_build();
    LinearRegExp = class extends RegExp {
      re2;
      input;
      matcher;
      constructor(source, flags) {
        super(source, flags);
        let f = 0;
        if (flags.includes("i")) f |= RE2JS.CASE_INSENSITIVE;
        if (flags.includes("m")) f |= RE2JS.MULTILINE;
        if (flags.includes("s")) f |= RE2JS.DOTALL;
        try {
          this.re2 = RE2JS.compile(RE2JS.translateRegExp(source), f);
        } catch (e) {
          throw new SyntaxError(`not supported by the linear-time engine custom patterns run on (no lookaround or backreferences): ${e.message}`);
        }
      }
      exec(input) {
        const str3 = String(input);
        const advancing = this.global || this.sticky;
        const from = advancing ? this.lastIndex : 0;
        if (from > str3.length) return this.miss(advancing);
        if (this.input !== str3 || !this.matcher) {
          this.input = str3;
          this.matcher = this.re2.matcher(str3);
        }
        const m = this.matcher;
        if (!m.find(from) || this.sticky && m.start() !== from) return this.miss(advancing);
        const groups = [];
        for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? void 0);
        const result = Object.assign(groups, { index: m.start(), input: str3, groups: void 0 });
        if (advancing) this.lastIndex = m.end();
        return result;
      }
      miss(advancing) {
        if (advancing) this.lastIndex = 0;
        this.input = void 0;
        this.matcher = void 0;
        return null;
      }
    };
  }
});

// src/config/load.ts
function defaultConfig() {
  return { rules: {}, allowRegexes: [], stopwords: [], customRules: [], maxFileSize: 10 * 1024 * 1024, failOnSkipped: true };
}
function findConfig(root, start) {
  let dir = import_node_path2.default.resolve(start);
  const top = import_node_path2.default.resolve(root);
  for (; ; ) {
    const f = import_node_path2.default.join(dir, CONFIG_FILE);
    if ((0, import_node_fs2.existsSync)(f)) return f;
    if (dir === top || !dir.startsWith(top)) return void 0;
    dir = import_node_path2.default.dirname(dir);
  }
}
async function loadConfig(root, explicitPath, start) {
  const nearest = explicitPath ? void 0 : findConfig(root, start ?? root);
  const rootFile = import_node_path2.default.join(root, CONFIG_FILE);
  const file = explicitPath ? import_node_path2.default.resolve(root, explicitPath) : (0, import_node_fs2.existsSync)(rootFile) ? rootFile : void 0;
  const config = defaultConfig();
  if (nearest && import_node_path2.default.resolve(nearest) !== import_node_path2.default.resolve(rootFile)) {
    config.notes = [`${import_node_path2.default.relative(root, nearest)}: ignored; configuration is read from the repository root (${CONFIG_FILE}) or --config`];
  }
  if (!file) return config;
  config.file = file;
  const rel2 = import_node_path2.default.relative(root, file) || file;
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)(file, "utf8");
  } catch (e) {
    throw new ConfigError([`${rel2}: cannot read the config file (${e.code ?? "error"})`]);
  }
  const [doc] = parseManifest(text, file);
  if (doc?.error) throw new ConfigError([`${rel2}: not valid YAML: ${doc.error}`]);
  const raw = doc?.value ?? {};
  const problems = [];
  const bad = (field, msg) => problems.push(`${rel2}: ${field}: ${msg}`);
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError([`${rel2}: the config must be a mapping`]);
  for (const k of Object.keys(raw)) if (!TOP.has(k)) bad(k, `unknown field (known: ${[...TOP].join(", ")})`);
  const rules = raw.rules ?? {};
  if (typeof rules !== "object" || Array.isArray(rules)) bad("rules", "must map rule ids to error, warning, note or off");
  else for (const [id, sev] of Object.entries(rules)) {
    if (typeof sev !== "string" || !["error", "warning", "note", "off"].includes(sev)) bad(`rules.${id}`, "must be error, warning, note or off");
    else config.rules[id] = sev;
  }
  const allow = raw.allowlist ?? {};
  for (const k of Object.keys(allow)) if (!["paths", "regexes", "stopwords"].includes(k)) bad(`allowlist.${k}`, "unknown field");
  const list = (k) => {
    const v = allow[k];
    if (v === void 0) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
      bad(`allowlist.${k}`, "must be a list of strings");
      return [];
    }
    return v;
  };
  const paths = list("paths");
  for (const g of paths) {
    const m = checkGlob(g);
    if (m) bad("allowlist.paths", `bad glob '${g}': ${m}`);
  }
  if (paths.length) config.allowPaths = compileGlobs(paths);
  for (const r2 of list("regexes")) {
    try {
      config.allowRegexes.push(linearRegExp(r2));
    } catch (e) {
      bad("allowlist.regexes", e.message);
    }
  }
  config.stopwords = list("stopwords").map((s) => s.toLowerCase());
  if (raw.customRules !== void 0) {
    if (!Array.isArray(raw.customRules)) bad("customRules", "must be a list of rules in the rules/ format");
    else raw.customRules.forEach((r2, i) => {
      const rule = compileRule(r2, `${rel2}: customRules[${i}]`, problems);
      if (rule) {
        const linear = onLinearEngine(rule, (f, m) => bad(`customRules[${i}].${f}`, m));
        if (linear) config.customRules.push(linear);
      }
    });
  }
  if (raw.baseline !== void 0) {
    if (typeof raw.baseline !== "string") bad("baseline", "must be a path");
    else config.baseline = import_node_path2.default.resolve(import_node_path2.default.dirname(file), raw.baseline);
  }
  if (raw.maxFileSize !== void 0) {
    if (typeof raw.maxFileSize !== "number" || raw.maxFileSize <= 0) bad("maxFileSize", "must be a positive number of bytes");
    else config.maxFileSize = raw.maxFileSize;
  }
  if (raw.failOnSkipped !== void 0) {
    if (typeof raw.failOnSkipped !== "boolean") bad("failOnSkipped", "must be true or false");
    else config.failOnSkipped = raw.failOnSkipped;
  }
  config.seal = section(raw.seal, "seal", SEAL_KEYS, bad);
  config.external = section(raw.external, "external", EXTERNAL_KEYS, bad);
  const ext = config.external;
  if (ext?.storeKind !== void 0 && !["ClusterSecretStore", "SecretStore"].includes(ext.storeKind)) bad("external.storeKind", "must be ClusterSecretStore or SecretStore");
  if (ext?.provider !== void 0 && !["vault", "aws", "gcp", "azure"].includes(ext.provider)) bad("external.provider", "must be vault, aws, gcp or azure");
  if (ext?.refreshInterval !== void 0 && !/^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(ext.refreshInterval)) bad("external.refreshInterval", "must be a duration such as 1h or 30m (Go's time.ParseDuration)");
  if (ext?.keyTemplate !== void 0 && !ext.keyTemplate.includes("{name}")) bad("external.keyTemplate", "must contain {name}");
  const sealScope = config.seal?.scope;
  if (sealScope !== void 0 && !["strict", "namespace-wide", "cluster-wide"].includes(sealScope)) bad("seal.scope", "must be strict, namespace-wide or cluster-wide");
  if (problems.length) throw new ConfigError(problems);
  return config;
}
function onLinearEngine(rule, bad) {
  try {
    return {
      ...rule,
      regex: rule.regex ? linearRegExp(rule.regex.source, rule.regex.flags) : void 0,
      allowRegexes: rule.allowRegexes.map((r2) => linearRegExp(r2.source, r2.flags))
    };
  } catch (e) {
    bad("pattern", e.message);
    return void 0;
  }
}
function section(v, name, keys, bad) {
  if (v === void 0) return void 0;
  if (!v || typeof v !== "object" || Array.isArray(v)) {
    bad(name, "must be a mapping");
    return void 0;
  }
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (!keys.has(k)) bad(`${name}.${k}`, `unknown field (known: ${[...keys].join(", ")})`);
    else if (typeof x !== "string") bad(`${name}.${k}`, "must be a string");
    else out[k] = x;
  }
  return out;
}
function effectiveRules(config) {
  const rules = [...loadBuiltinRules(), ...config.customRules];
  const ids = new Set(rules.map((r2) => r2.id));
  const problems = [];
  for (const id of Object.keys(config.rules)) if (!ids.has(id)) problems.push(`${config.file ?? CONFIG_FILE}: rules.${id}: no such rule (see 'sealgate rules')`);
  if (problems.length) throw new ConfigError(problems);
  return rules.filter((r2) => config.rules[r2.id] !== "off").map((r2) => config.rules[r2.id] ? { ...r2, severity: config.rules[r2.id] } : r2);
}
var import_node_fs2, import_node_path2, CONFIG_FILE, TOP, SEAL_KEYS, EXTERNAL_KEYS;
var init_load2 = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs2 = require("node:fs");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_errors();
    init_documents();
    init_glob();
    init_load();
    init_linear_regex();
    CONFIG_FILE = ".sealgate.yaml";
    TOP = /* @__PURE__ */ new Set(["rules", "allowlist", "customRules", "baseline", "maxFileSize", "failOnSkipped", "seal", "external"]);
    SEAL_KEYS = /* @__PURE__ */ new Set(["cert", "scope"]);
    EXTERNAL_KEYS = /* @__PURE__ */ new Set(["store", "storeKind", "provider", "keyTemplate", "refreshInterval", "valuesOut", "prefix"]);
  }
});

// src/text/lines.ts
var LineIndex;
var init_lines = __esm({
  "src/text/lines.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    LineIndex = class {
      /** Built on first use: most scanned files have no finding and never need a line number. */
      constructor(text) {
        this.text = text;
      }
      text;
      lazyStarts;
      /** Offset at which each line starts; starts[0] = 0. */
      get starts() {
        if (this.lazyStarts) return this.lazyStarts;
        const text = this.text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) starts.push(i + 1);
          else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          }
        }
        return this.lazyStarts = starts;
      }
      get lineCount() {
        return this.starts.length;
      }
      /** 1-based line of an offset. */
      lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo + 1;
      }
      /** 1-based line and column (column counts UTF-16 code units, as editors and SARIF do). */
      position(offset) {
        const line = this.lineOf(offset);
        return { line, column: offset - this.starts[line - 1] + 1 };
      }
      lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
      }
      /** The text of a 1-based line without its line break. */
      lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] : this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$|\r$/, "");
      }
    };
  }
});

// src/text/decode.ts
function utf16Bom(bytes2) {
  if (bytes2.length < 2) return void 0;
  if (bytes2[0] === 255 && bytes2[1] === 254) return "utf-16le";
  if (bytes2[0] === 254 && bytes2[1] === 255) return "utf-16be";
  return void 0;
}
function isBinary(bytes2) {
  return !utf16Bom(bytes2) && bytes2.subarray(0, 8192).includes(0);
}
function decodeBytes(bytes2) {
  const bom = utf16Bom(bytes2);
  if (bom) return { text: new TextDecoder(bom).decode(bytes2), note: bom === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE" };
  if (isBinary(bytes2)) return { binary: true };
  try {
    return { text: UTF8.decode(bytes2) };
  } catch {
    return { text: UTF8_LOOSE.decode(bytes2), note: "invalid UTF-8 (scanned with replacement characters)" };
  }
}
var UTF8, UTF8_LOOSE;
var init_decode = __esm({
  "src/text/decode.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    UTF8_LOOSE = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  }
});

// src/engine/keywords.ts
var Automaton, KeywordIndex;
var init_keywords = __esm({
  "src/engine/keywords.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    Automaton = class {
      /** ASCII code -> character class (case folded); 0 = in no keyword. */
      ascii = new Uint8Array(128);
      /** Non-ASCII characters that occur in some keyword (both cases) -> class. */
      wide = /* @__PURE__ */ new Map();
      classes;
      /**
       * delta[state * classes + class] = next state * classes (pre-multiplied: one add per step),
       * bit-inverted (~x, negative) when a keyword ends in the next state: one sign test per step.
       */
      delta;
      /** Keyword ids that end at a state (its own and those of its suffix states), or undefined. */
      output;
      constructor(keywords) {
        let classes = 1;
        const classOf = (ch) => {
          const code = ch.charCodeAt(0);
          if (code < 128) {
            const lower = code >= 65 && code <= 90 ? code + 32 : code;
            if (this.ascii[lower] === 0) {
              this.ascii[lower] = classes++;
              if (lower >= 97 && lower <= 122) this.ascii[lower - 32] = this.ascii[lower];
            }
            return this.ascii[lower];
          }
          let c = this.wide.get(code);
          if (c === void 0) {
            c = classes++;
            for (const v of /* @__PURE__ */ new Set([ch, ch.toLowerCase(), ch.toUpperCase()])) if (v.length === 1) this.wide.set(v.charCodeAt(0), c);
          }
          return c;
        };
        const next = [/* @__PURE__ */ new Map()];
        const own = [[]];
        keywords.forEach((k, id) => {
          let s = 0;
          for (const ch of k) {
            for (let i = 0; i < ch.length; i++) {
              const c = classOf(ch[i]);
              let t = next[s].get(c);
              if (t === void 0) {
                t = next.length;
                next.push(/* @__PURE__ */ new Map());
                own.push([]);
                next[s].set(c, t);
              }
              s = t;
            }
          }
          own[s].push(id);
        });
        this.classes = classes;
        const states = next.length;
        const delta = new Int32Array(states * classes);
        const fail = new Int32Array(states);
        const out = own.map((o) => [...o]);
        const queue = [];
        for (let c = 0; c < classes; c++) {
          const t = next[0].get(c);
          delta[c] = (t ?? 0) * classes;
          if (t !== void 0) queue.push(t);
        }
        for (let qi = 0; qi < queue.length; qi++) {
          const s = queue[qi];
          const f = fail[s];
          for (const id of out[f]) if (!out[s].includes(id)) out[s].push(id);
          for (let c = 0; c < classes; c++) {
            const t = next[s].get(c);
            if (t === void 0) {
              delta[s * classes + c] = delta[f * classes + c];
            } else {
              fail[t] = s === 0 ? 0 : delta[f * classes + c] / classes;
              delta[s * classes + c] = t * classes;
              queue.push(t);
            }
          }
        }
        for (let i = 0; i < delta.length; i++) if (out[delta[i] / classes].length > 0) delta[i] = ~delta[i];
        this.delta = delta;
        this.output = out.map((o) => o.length ? Int32Array.from(o) : void 0);
      }
      /**
       * Walks `text` once; for every distinct state with output it reaches (seen[state] !== gen),
       * appends the state to `found` and returns how many. A keyword seen again costs nothing more.
       */
      walk(text, seen, gen, found) {
        const { ascii, delta, classes } = this;
        let s = 0;
        if (this.wide.size === 0) {
          for (let i = 0, n = text.length; i < n; i++) {
            const code = text.charCodeAt(i);
            s = code < 128 ? delta[s + ascii[code]] : delta[s];
            if (s < 0) {
              s = ~s;
              const state = s / classes;
              if (seen[state] !== gen) {
                seen[state] = gen;
                found.push(state);
              }
            }
          }
          return;
        }
        const wide = this.wide;
        for (let i = 0, n = text.length; i < n; i++) {
          const code = text.charCodeAt(i);
          s = delta[s + (code < 128 ? ascii[code] : wide.get(code) ?? 0)];
          if (s < 0) {
            s = ~s;
            const state = s / classes;
            if (seen[state] !== gen) {
              seen[state] = gen;
              found.push(state);
            }
          }
        }
      }
    };
    KeywordIndex = class {
      unkeyed;
      rules;
      position = /* @__PURE__ */ new Map();
      automaton;
      /** keyword id -> positions (in `rules`) of the rules it activates. */
      rulesOf = [];
      /** Scratch list of the output states one walk reached. */
      found = [];
      /** Per-call marks, reset by bumping a generation instead of clearing. */
      gen = 0;
      activeGen;
      stateGen;
      constructor(rules) {
        this.rules = rules;
        rules.forEach((r2, i) => this.position.set(r2, i));
        const keywordsOf = (r2) => r2.keywords.includes("") ? [] : r2.keywords;
        this.unkeyed = rules.map((r2, i) => keywordsOf(r2).length === 0 ? i : -1).filter((i) => i >= 0);
        const ids = /* @__PURE__ */ new Map();
        const byKeyword = [];
        rules.forEach((r2, i) => {
          for (const k of new Set(keywordsOf(r2))) {
            let id = ids.get(k);
            if (id === void 0) {
              id = ids.size;
              ids.set(k, id);
              byKeyword.push([]);
            }
            byKeyword[id].push(i);
          }
        });
        this.rulesOf = byKeyword.map((l) => Int32Array.from(l));
        this.automaton = ids.size ? new Automaton([...ids.keys()]) : void 0;
        this.activeGen = new Uint32Array(rules.length);
        this.stateGen = new Uint32Array(this.automaton ? this.automaton.output.length : 0);
      }
      /**
       * The rules whose keywords occur in `text` (any case), plus the rules without keywords, in the
       * order of `order`. Rules in `order` that this index was not built with are left out.
       */
      activeRules(text, order) {
        const gen = this.mark(text);
        const result = [];
        if (order === this.rules) {
          for (let i = 0; i < order.length; i++) if (this.activeGen[i] === gen) result.push(order[i]);
          return result;
        }
        for (const r2 of order) {
          const i = this.position.get(r2);
          if (i !== void 0 && this.activeGen[i] === gen) result.push(r2);
        }
        return result;
      }
      /** True when some keyword of some rule occurs in `text` (rules without keywords do not count). */
      anyKeyword(text) {
        if (!this.automaton) return false;
        const found = this.found;
        found.length = 0;
        this.automaton.walk(text, this.stateGen, this.nextGen(), found);
        return found.length > 0;
      }
      /** One walk over the text; afterwards activeGen[i] === the returned generation for active rules. */
      mark(text) {
        const gen = this.nextGen();
        for (const i of this.unkeyed) this.activeGen[i] = gen;
        const automaton = this.automaton;
        if (!automaton) return gen;
        const found = this.found;
        found.length = 0;
        automaton.walk(text, this.stateGen, gen, found);
        for (const state of found) {
          const ids = automaton.output[state];
          for (let j = 0; j < ids.length; j++) {
            const list = this.rulesOf[ids[j]];
            for (let k = 0; k < list.length; k++) this.activeGen[list[k]] = gen;
          }
        }
        return gen;
      }
      nextGen() {
        if (this.gen === 4294967295) {
          this.gen = 0;
          this.activeGen.fill(0);
          this.stateGen.fill(0);
        }
        return ++this.gen;
      }
    };
  }
});

// src/engine/fingerprint.ts
function secretHash(secret) {
  return (0, import_node_crypto.createHash)("sha256").update("sealgate:v1:").update(secret).digest("hex").slice(0, 16);
}
function fingerprint(ruleId, file, secret) {
  return `${ruleId}:${file}:${secretHash(secret)}`;
}
var import_node_crypto;
var init_fingerprint = __esm({
  "src/engine/fingerprint.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto = require("node:crypto");
  }
});

// src/engine/templates.ts
function actionSpans(text) {
  const spans = [];
  const unclosed = /* @__PURE__ */ new Set();
  OPENER_MARK.lastIndex = 0;
  for (let m = OPENER_MARK.exec(text); m; m = OPENER_MARK.exec(text)) {
    const kind = m[0][1];
    if (unclosed.has(kind)) continue;
    const end = text.indexOf(CLOSER[kind], m.index + 2);
    if (end < 0) {
      unclosed.add(kind);
      continue;
    }
    spans.push([m.index, end + 2]);
    OPENER_MARK.lastIndex = end + 2;
  }
  return spans;
}
function hasTemplates(text) {
  return text.includes("{{") || text.includes("{%");
}
function keywordOf(action) {
  const inner = action.slice(2, -2).replace(/^[-+~\s]+/, "");
  if (action.startsWith("{#")) return "#";
  const word = /^[a-z]+/.exec(inner)?.[0] ?? "";
  if (/^(?:end\w*)$/.test(word)) return "end";
  if (word === "else" || word === "elif") return "else";
  return OPENER.test(inner) ? word : "";
}
function maskTemplates(text, opts = {}) {
  const lineStarts = [0];
  if (text.includes("\r")) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
  } else for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineEnd2 = (line) => {
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
    while (end > lineStarts[line] && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    return end;
  };
  const spans = actionSpans(text);
  const dead = [];
  const open2 = [];
  for (const [s, e] of spans) {
    const word = keywordOf(text.slice(s, e));
    if (word === "end") {
      const o = open2.pop();
      if (!o) continue;
      if (o.word === "define" || o.word === "macro") dead.push([o.at, e]);
      else if (o.elseAt !== void 0) dead.push([o.elseAt, s]);
    } else if (word === "else") {
      const o = open2[open2.length - 1];
      if (o && opts.dropElse && o.elseAt === void 0) o.elseAt = s;
    } else if (word !== "" && word !== "#" && word !== "set") open2.push({ word, at: s });
  }
  dead.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < dead.length; i++) {
    if (dead[i][0] < dead[i - 1][1]) {
      dead[i - 1][1] = Math.max(dead[i - 1][1], dead[i][1]);
      dead.splice(i--, 1);
    }
  }
  const covered = [...spans, ...dead].sort((a, b) => a[0] - b[0]);
  const actionLine = new Uint8Array(lineStarts.length);
  const otherContent = new Uint8Array(lineStarts.length);
  let cursor = 0;
  for (const [s, e] of covered) {
    if (e <= cursor) continue;
    if (s > cursor) markContent(text, cursor, s, lineOf, lineStarts, otherContent);
    for (let l = lineOf(Math.max(s, cursor)); l <= lineOf(Math.max(s, e - 1)); l++) actionLine[l] = 1;
    cursor = e;
  }
  markContent(text, cursor, text.length, lineOf, lineStarts, otherContent);
  const blank = (line) => actionLine[line] === 1 && otherContent[line] === 0;
  const nextIndent = new Int32Array(lineStarts.length);
  for (let line = lineStarts.length - 1, next = 0; line >= 0; line--) {
    nextIndent[line] = next;
    const start = lineStarts[line];
    const end = lineEnd2(line);
    const indent = indentation(text, start, end);
    if (!blank(line) && indent < end - start && text.charCodeAt(start + indent) !== 35) next = indent;
  }
  const edits = [];
  for (let k = 0; k < spans.length; k++) {
    const [s] = spans[k];
    let e = spans[k][1];
    while (k + 1 < spans.length && blanks(text, e, spans[k + 1][0])) e = spans[++k][1];
    const line = lineOf(s);
    if (blank(line) || inside(dead, s)) continue;
    const start = lineStarts[line];
    const indent = indentation(text, start, lineEnd2(line));
    const last = lineOf(e - 1);
    const opensBlock = afterKey(text, start, s) && blanks(text, e, lineEnd2(last)) && nextIndent[last] > indent;
    const fill = opensBlock ? " " : "T";
    const action = text.slice(s, e);
    edits.push({ start: s, text: /[\r\n]/.test(action) ? action.replace(/[^\r\n]/g, fill) : fill.repeat(e - s) });
  }
  for (let line = 0; line < lineStarts.length; line++) {
    if (!blank(line)) continue;
    const start = lineStarts[line];
    const width = lineEnd2(line) - start;
    const at = nextIndent[line];
    edits.push({ start, text: width > at ? " ".repeat(at) + "#" + " ".repeat(width - at - 1) : " ".repeat(width) });
  }
  edits.sort((a, b) => a.start - b.start);
  const out = [];
  let done = 0;
  for (const edit of edits) {
    const skip = Math.max(0, done - edit.start);
    if (skip >= edit.text.length) continue;
    out.push(text.slice(done, edit.start + skip), edit.text.slice(skip));
    done = edit.start + edit.text.length;
  }
  out.push(text.slice(done));
  return { text: out.join(""), spans };
}
function markContent(text, from, to, lineOf, lineStarts, out) {
  NON_BLANK.lastIndex = from;
  for (let m = NON_BLANK.exec(text); m && m.index < to; m = NON_BLANK.exec(text)) {
    const line = lineOf(m.index);
    out[line] = 1;
    const next = lineStarts[line + 1];
    if (next === void 0 || next >= to) return;
    NON_BLANK.lastIndex = next;
  }
}
function blanks(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function afterKey(text, lineStart, at) {
  let i = at - 1;
  while (i >= lineStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < lineStart) return false;
  if (text.charCodeAt(i) === 58) return true;
  return text.charCodeAt(i) === 45 && blanks(text, lineStart, i);
}
function indentation(text, start, end) {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i - start;
}
function inside(ranges, at) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = ranges[mid];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
function overlaps(ranges, start, end) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = ranges[mid];
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
var OPENER_MARK, CLOSER, OPENER, NON_BLANK;
var init_templates = __esm({
  "src/engine/templates.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    OPENER_MARK = /\{[{%#]/g;
    CLOSER = { "{": "}}", "%": "%}", "#": "#}" };
    OPENER = /^(?:if|range|with|define|block|for|macro|call|filter|set(?=\s+\w+\s*$))\b/;
    NON_BLANK = /[^ \t\r\n]/g;
  }
});

// src/engine/read-documents.ts
function readDocuments(file, text) {
  const variants = [];
  if (hasTemplates(text)) {
    const masked = (dropElse) => () => {
      const m = maskTemplates(text, { dropElse });
      return { text: m.text, templated: m.spans };
    };
    if (LINE_ACTION.test(text)) variants.push(masked(false), () => ({ text }), masked(true));
    else variants.push(() => ({ text }), masked(false), masked(true));
  } else variants.push(() => ({ text }));
  const first = variants[0]();
  const read = parseManifest(first.text, file).map((doc) => ({ doc, text: first.text, templated: first.templated }));
  if (!read.some((r2) => r2.doc.error)) return read;
  let last = first;
  const retry = (v) => {
    for (let i = 0; i < read.length; i++) {
      const r2 = read[i];
      if (!r2.doc.error) continue;
      const doc = parseRange(v.text, r2.doc.start, r2.doc.end, r2.doc.index);
      if (!doc.error) read[i] = { doc, text: v.text, templated: v.templated };
    }
  };
  for (const make of variants.slice(1)) {
    last = make();
    retry(last);
    if (!read.some((r2) => r2.doc.error)) return read;
  }
  const repaired = repairFlowClosers(last.text);
  if (repaired !== last.text) retry({ text: repaired, templated: last.templated });
  return read;
}
function repairFlowClosers(text) {
  const lines2 = text.split(/(\r\n|\n|\r)/);
  let changed = false;
  let prev = -1;
  for (let i = 0; i < lines2.length; i += 2) {
    const line = lines2[i];
    const m = CLOSER_LINE.exec(line);
    if (m && prev >= 0 && !lines2[prev].includes("#")) {
      lines2[prev] = lines2[prev].replace(/[ \t]*$/, (ws) => m[2] + ws);
      lines2[i] = line.slice(0, m[1].length) + " ".repeat(line.length - m[1].length - m[2].length);
      changed = true;
      continue;
    }
    if (line.trim() !== "") prev = i;
  }
  return changed ? lines2.join("") : text;
}
var LINE_ACTION, CLOSER_LINE;
var init_read_documents = __esm({
  "src/engine/read-documents.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_documents();
    init_templates();
    LINE_ACTION = /^[ \t]*(?:\{\{|\{%|\{#)/m;
    CLOSER_LINE = /^([ \t]*)([\]}][\]},]*)[ \t]*$/;
  }
});

// src/engine/reading.ts
function readingOf(file, text) {
  if (MANIFEST_FILE.test(file)) return "manifest";
  if (MARKDOWN_FILE.test(file)) return "markdown";
  if (ASCIIDOC_FILE.test(file)) return "asciidoc";
  if (CODE_FILE.test(file)) return "text";
  return holdsManifests(text) ? "sniffed" : "text";
}
function holdsManifests(text) {
  const head = text.trimStart().charCodeAt(0);
  if (head === 123 || head === 91) return JSON_API.test(text) && JSON_KIND.test(text) || JSON_AUTHS.test(text);
  return YAML_API.test(text) && YAML_KIND.test(text) || YAML_OTHER.test(text);
}
function embeddedManifests(text, kind) {
  if (kind === "markdown" ? !/```|~~~/.test(text) : !/^----+[ \t]*$/m.test(text)) return void 0;
  const lines2 = text.split(/(\r\n|\n|\r)/);
  const count2 = Math.ceil(lines2.length / 2);
  const line = (k) => lines2[2 * k];
  const blocks = kind === "markdown" ? markdownBlocks(count2, line) : asciidocBlocks(count2, line);
  const keep = [];
  for (const b of blocks) {
    const body = [];
    for (let k = b.open + 1; k < b.close; k++) body.push(line(k));
    const joined = body.join("\n");
    if (YAML_LABELS.test(b.label) ? joined.trim() !== "" : b.label === "" && holdsManifests(joined) && BLOCK_LIKE_DATA.test(body.find((l) => l.trim() !== "") ?? "")) keep.push(b);
  }
  if (keep.length === 0) return void 0;
  const out = lines2.map((s, i) => i % 2 === 1 ? s : " ".repeat(s.length));
  for (const b of keep) {
    for (let k = b.open + 1; k < b.close; k++) out[2 * k] = line(k);
    const fence = line(b.open);
    out[2 * b.open] = "---" + " ".repeat(Math.max(0, fence.length - 3));
    if (b.close < count2) out[2 * b.close] = "..." + " ".repeat(Math.max(0, line(b.close).length - 3));
  }
  return out.join("");
}
function markdownBlocks(count2, line) {
  const blocks = [];
  for (let k = 0; k < count2; k++) {
    const m = FENCE_OPEN.exec(line(k));
    if (!m) continue;
    const fence = m[1];
    const closer = new RegExp(`^[ \\t]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}(?![\`~])[ \\t]*$`);
    let close = k + 1;
    while (close < count2 && !closer.test(line(close))) close++;
    const label = /^[ \t]*([^\s`{]*)/.exec(m[2] ?? "")[1];
    blocks.push({ open: k, close, label: label.toLowerCase() });
    k = close;
  }
  return blocks;
}
function asciidocBlocks(count2, line) {
  const blocks = [];
  for (let k = 0; k < count2; k++) {
    const m = /^(-{4,})[ \t]*$/.exec(line(k));
    if (!m) continue;
    let close = k + 1;
    while (close < count2 && line(close).trimEnd() !== m[1]) close++;
    const attr = k > 0 ? /^\[(?:source)?,\s*([\w-]+)/.exec(line(k - 1)) : null;
    blocks.push({ open: k, close, label: (attr?.[1] ?? "").toLowerCase() });
    k = close;
  }
  return blocks;
}
var MANIFEST_FILE, MARKDOWN_FILE, ASCIIDOC_FILE, CODE_FILE, YAML_API, YAML_KIND, YAML_OTHER, JSON_API, JSON_KIND, JSON_AUTHS, FENCE_OPEN, YAML_LABELS, BLOCK_LIKE_DATA;
var init_reading = __esm({
  "src/engine/reading.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    MANIFEST_FILE = /\.(?:ya?ml|json)$|(?:^|\/)Kustomization$/i;
    MARKDOWN_FILE = /\.(?:md|markdown|mdx|mkd)$/i;
    ASCIIDOC_FILE = /\.(?:adoc|asciidoc|asc)$/i;
    CODE_FILE = /\.(?:[cm]?[jt]sx?|go|py|rb|java|kt|kts|scala|groovy|gradle|rs|c|h|cc|cpp|hpp|cs|fs|php|swift|m|mm|pl|pm|lua|r|sh|bash|zsh|fish|ps1|psm1|bat|cmd|sql|html?|css|scss|less|vue|svelte|xml|xsl|svg|tf|hcl|nix|dart|ex|exs|erl|hs|clj|elm|ipynb|lock|sum|mod|csv|tsv|map|min\.js)$/i;
    YAML_API = /^(?:- )?apiVersion[ \t]*:[ \t]*\S/m;
    YAML_KIND = /^(?:- |[ \t]*)kind[ \t]*:[ \t]*\S/m;
    YAML_OTHER = /^(?:users|clusters|contexts)[ \t]*:[ \t]*$|^auths[ \t]*:/m;
    JSON_API = /"apiVersion"\s*:/;
    JSON_KIND = /"kind"\s*:/;
    JSON_AUTHS = /"auths"\s*:\s*\{/;
    FENCE_OPEN = /^[ \t]*(`{3,}(?!`)|~{3,}(?!~))([^\n`]*)$/;
    YAML_LABELS = /^(?:ya?ml|json|jsonc|json5|kubernetes|k8s|helm)$/i;
    BLOCK_LIKE_DATA = /^[ \t]*(?:[\w"'.\/-]+[ \t]*:(?:[ \t]|$)|- |\{|\[)/;
  }
});

// src/yaml/tolerant.ts
function matchKey(content) {
  let raw;
  let at;
  const q = QUOTED_KEY.exec(content);
  if (q) {
    raw = q[0];
    at = raw.length;
    while (at < content.length && (content.charCodeAt(at) === 32 || content.charCodeAt(at) === 9)) at++;
    if (content.charCodeAt(at) !== 58) return void 0;
  } else {
    if (/^[\s#'"{}[\]]/.test(content)) return void 0;
    const colon = KEY_COLON.exec(content);
    if (!colon) return void 0;
    at = colon.index;
    raw = content.slice(0, at).trimEnd();
    if (raw === "" || raw.includes("#")) return void 0;
  }
  const after = content.charCodeAt(at + 1);
  if (at + 1 < content.length && after !== 32 && after !== 9) return void 0;
  return { raw, length: at + 1 };
}
function readTolerant(text, start, end) {
  const lines2 = splitLines(text, start, end);
  const root = { type: "map", pairs: [], start };
  const stack = [{ indent: -1, node: root, at: start }];
  let found = false;
  for (let li = 0; li < lines2.length; li++) {
    const line = lines2[li];
    let content = text.slice(line.at, line.end);
    if (content.startsWith("#") || /^(?:---|\.\.\.)(?:\s|$)/.test(content) || /^[\]}),]+$/.test(content)) continue;
    let at = line.at;
    let indent = line.indent;
    let item = false;
    if (/^-(?:[ \t]|$)/.test(content)) {
      item = true;
      const skip = content.match(/^-[ \t]*/)[0].length;
      content = content.slice(skip);
      at += skip;
    }
    while (stack.length > 1) {
      const top = stack[stack.length - 1];
      if (indent > top.indent || item && indent === top.indent && (top.node === void 0 || top.node.type === "seq")) break;
      stack.pop();
    }
    const frame = stack[stack.length - 1];
    if (item) {
      const seq = containerOf(frame, "seq", at);
      if (seq.type !== "seq") continue;
      if (content === "" || content === "{") {
        stack.push({ indent, at, owner: { items: seq.items, index: seq.items.length } });
        seq.items.push(empty(at));
        continue;
      }
      const kv2 = matchKey(content);
      if (!kv2) {
        seq.items.push(scalarOf(text, at, line.end));
        continue;
      }
      const map2 = { type: "map", pairs: [], start: at };
      seq.items.push(map2);
      const itemFrame = { indent, node: map2, at };
      stack.push(itemFrame);
      indent = indent + (at - line.at);
      li = addPair(text, lines2, li, { ...line, at, indent }, kv2, map2, stack, indent);
      found = true;
      continue;
    }
    const kv = matchKey(content);
    if (!kv) {
      continue;
    }
    const map = containerOf(frame, "map", at);
    if (map.type !== "map") continue;
    li = addPair(text, lines2, li, line, kv, map, stack, indent);
    found = true;
  }
  return found ? root : void 0;
}
function addPair(text, lines2, li, line, kv, map, stack, indent) {
  const rawKey = kv.raw;
  const key = { type: "scalar", value: unquote(rawKey), plain: !/^["']/.test(rawKey), block: false, start: line.at, end: line.at + rawKey.length };
  let vStart = line.at + kv.length;
  while (vStart < line.end && (text.charCodeAt(vStart) === 32 || text.charCodeAt(vStart) === 9)) vStart++;
  let rest = text.slice(vStart, line.end);
  if (!/^["']/.test(rest)) rest = rest.replace(/[ \t]+#.*$/, "");
  rest = rest.replace(/,[ \t]*$/, "").replace(/[ \t]+$/, "");
  if (rest === "" || rest === "{" || rest === "[") {
    const index = map.pairs.length;
    map.pairs.push({ key, value: empty(vStart) });
    stack.push({ indent, at: vStart, owner: { pairs: map.pairs, index }, seq: rest === "[" });
    return li;
  }
  if (/^[|>][-+0-9]*$/.test(rest)) {
    let last = li;
    const body = [];
    for (let j = li + 1; j < lines2.length; j++) {
      const l = lines2[j];
      if (l.at < l.end && l.indent <= indent) break;
      body.push(l);
      last = j;
    }
    const content = body.filter((l) => l.at < l.end);
    const first = content[0];
    const value = content.map((l) => text.slice(l.at, l.end)).join(rest.startsWith(">") ? " " : "\n");
    map.pairs.push({ key, value: { type: "scalar", value, plain: false, block: true, start: first?.at ?? vStart, end: content[content.length - 1]?.end ?? vStart } });
    return last;
  }
  if (rest.startsWith("{") && rest.endsWith("}")) {
    map.pairs.push({ key, value: flowMap(text, vStart, vStart + rest.length) });
    return li;
  }
  map.pairs.push({ key, value: scalarOf(text, vStart, vStart + rest.length) });
  return li;
}
function containerOf(frame, want, at) {
  if (frame.node) return frame.node;
  const node = want === "seq" || frame.seq ? { type: "seq", items: [], start: at } : { type: "map", pairs: [], start: at };
  frame.node = node;
  const o = frame.owner;
  if (o && "pairs" in o) o.pairs[o.index] = { key: o.pairs[o.index].key, value: node };
  else if (o) o.items[o.index] = node;
  return node;
}
function empty(at) {
  return { type: "scalar", value: "", plain: true, block: false, start: at, end: at };
}
function scalarOf(text, start, end) {
  const raw = text.slice(start, end);
  const quoted = /^(["']).*\1$/s.test(raw);
  return { type: "scalar", value: quoted ? unquote(raw) : raw, plain: !quoted, block: false, start: quoted ? start + 1 : start, end: quoted ? end - 1 : end };
}
function unquote(s) {
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\(["\\/])/g, "$1").replace(/\\n/g, "\n").replace(/\\t/g, "	");
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  return s;
}
function flowMap(text, start, end) {
  const map = { type: "map", pairs: [], start };
  let i = start + 1;
  const close = end - 1;
  while (i < close) {
    while (i < close && /[\s,]/.test(text[i])) i++;
    let j = i;
    let quote = "";
    for (; j < close; j++) {
      const c = text[j];
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ",") break;
    }
    const entry = text.slice(i, j);
    const kv = matchKey(entry);
    if (kv) {
      const rawKey = kv.raw;
      let vs = i + kv.length;
      while (vs < j && /\s/.test(text[vs])) vs++;
      let ve = j;
      while (ve > vs && /\s/.test(text[ve - 1])) ve--;
      map.pairs.push({
        key: { type: "scalar", value: unquote(rawKey), plain: !/^["']/.test(rawKey), block: false, start: i, end: i + rawKey.length },
        value: scalarOf(text, vs, ve)
      });
    }
    i = j + 1;
  }
  return map;
}
function splitLines(text, start, end) {
  const lines2 = [];
  let i = start;
  while (i < end) {
    let e = i;
    while (e < end && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    let col = 0;
    let at = i;
    for (; at < e; at++) {
      const c = text.charCodeAt(at);
      if (c === 32) col++;
      else if (c === 9) col = (Math.floor(col / TAB) + 1) * TAB;
      else break;
    }
    let trimmed = e;
    while (trimmed > at && /\s/.test(text[trimmed - 1])) trimmed--;
    if (at < trimmed) lines2.push({ indent: col, at, end: trimmed });
    else lines2.push({ indent: col, at: trimmed, end: trimmed });
    i = e;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else if (i < end) i++;
  }
  return lines2;
}
var TAB, QUOTED_KEY, KEY_COLON;
var init_tolerant = __esm({
  "src/yaml/tolerant.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    TAB = 8;
    QUOTED_KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;
    KEY_COLON = /:(?=[ \t]|$)/;
  }
});

// src/engine/allow-comment.ts
function collect(node, out, seen) {
  if (node.type === "scalar") {
    if (node.end > node.start) out.push([node.start, node.end]);
    return;
  }
  if (seen.has(node)) return;
  seen.add(node);
  if (node.type === "seq") for (const item of node.items) collect(item, out, seen);
  else
    for (const p of node.pairs) {
      collect(p.key, out, seen);
      collect(p.value, out, seen);
    }
}
function inside2(r2, offset) {
  let lo = 0;
  let hi = r2.starts.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (r2.starts[mid] <= offset) {
      if (offset < r2.ends[mid]) return true;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return false;
}
function inQuotes(line, i) {
  let quote = "";
  for (let k = 0; k < i; k++) {
    const c = line[k];
    if (quote) {
      if (c === "\\" && quote !== "'") k++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
  }
  return quote !== "";
}
var SAME_LINE, NEXT_LINE, YAML_FILE, WHOLE_LINE_COMMENT, AllowComments;
var init_allow_comment = __esm({
  "src/engine/allow-comment.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_documents();
    SAME_LINE = /sealgate:allow(?!-)/;
    NEXT_LINE = /sealgate:allow-next-line/;
    YAML_FILE = /\.ya?ml$/i;
    WHOLE_LINE_COMMENT = /^[ \t]*(?:#|\/\/|--|;|\/\*|\*|<!--|rem\b)/i;
    AllowComments = class {
      constructor(lines2, file) {
        this.lines = lines2;
        this.file = file;
      }
      lines;
      file;
      scalars;
      /** `sealgate:allow` inside a comment on `line`. */
      sameLine(line) {
        const text = this.lines.lineText(line);
        const m = SAME_LINE.exec(text);
        if (!m) return false;
        const start = this.commentStart(line, text);
        return start >= 0 && start <= m.index;
      }
      /** `line` is a whole-line comment holding `sealgate:allow-next-line`. */
      nextLine(line) {
        const text = this.lines.lineText(line);
        if (!NEXT_LINE.test(text)) return false;
        const start = this.commentStart(line, text);
        return start >= 0 && text.slice(0, start).trim() === "";
      }
      /** Index in the line where a comment starts, or -1. */
      commentStart(line, text) {
        if (YAML_FILE.test(this.file)) {
          const base = this.lines.lineStart(line);
          const scalars = this.yamlScalars();
          for (let i = text.indexOf("#"); i >= 0; i = text.indexOf("#", i + 1)) {
            if (i > 0 && !/[ \t]/.test(text[i - 1])) continue;
            if (scalars ? !inside2(scalars, base + i) : !inQuotes(text, i)) return i;
          }
          return -1;
        }
        if (WHOLE_LINE_COMMENT.test(text)) return text.search(/\S/);
        for (const m of text.matchAll(/(?:^|[ \t;])(#|\/\/|\/\*|--|<!--)/g)) {
          const i = m.index + m[0].length - m[1].length;
          if (!inQuotes(text, i)) return i;
        }
        return -1;
      }
      /** Sorted, non-overlapping scalar ranges of the file's YAML documents; null when it does not parse. */
      yamlScalars() {
        if (this.scalars !== void 0) return this.scalars;
        const ranges = [];
        try {
          for (const doc of parseManifest(this.lines.text, this.file)) {
            if (doc.error) return this.scalars = null;
            if (doc.root) collect(doc.root, ranges, /* @__PURE__ */ new Set());
          }
        } catch {
          return this.scalars = null;
        }
        ranges.sort((a, b) => a[0] - b[0]);
        return this.scalars = { starts: ranges.map((r2) => r2[0]), ends: ranges.map((r2) => r2[1]) };
      }
    };
  }
});

// src/engine/gate.ts
function contentMatchIsCredential(rule, secret, match, before) {
  if (!classifyValue(secret, { where: "content" }).credential) return false;
  if (rule.secretGroup > 0 && URL_WITH_USERINFO.test(match) && !isCredentialUrl(match)) return false;
  const assigned = secret !== match ? ASSIGNED_KEY.exec(before) : null;
  if (assigned && classifyValue(secret, { key: assigned[1], where: "setting" }).kind !== "literal") return false;
  return true;
}
var Gate, InlineAllow, URL_WITH_USERINFO, ASSIGNED_KEY;
var init_gate = __esm({
  "src/engine/gate.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_values();
    init_classify();
    init_allow_comment();
    Gate = class {
      constructor(opts) {
        this.opts = opts;
      }
      opts;
      /** The whole file is allowlisted by the config. */
      fileAllowed(file) {
        return !!this.opts.allowPaths?.(file);
      }
      /** The rule does not apply to this file (its `allowlist.paths`). */
      ruleSkipsFile(rule, file) {
        return !!rule.allowPaths?.(file);
      }
      /**
       * Entropy, rule allowlist, global allowlist, stopwords: true when the value should be reported.
       * `forms` are the ways the value can be read (the raw text, and its decoded text when it is
       * base64): an allowlist entry matching any form silences it; entropy is measured on the last form
       * (the most decoded one), since base64 adds entropy of its own.
       */
      valueAllowed(rule, ...forms) {
        const plain = forms[forms.length - 1] ?? "";
        if (rule.entropy !== void 0 && shannon(plain) < rule.entropy) return false;
        for (const v of forms) {
          const lower = v.toLowerCase();
          if (rule.stopwords.some((w) => lower.includes(w))) return false;
          if (rule.allowRegexes.some((r2) => r2.test(v))) return false;
          if (this.opts.stopwords?.some((w) => lower.includes(w))) return false;
          if (this.opts.allowRegexes?.some((r2) => r2.test(v))) return false;
        }
        return true;
      }
      inBaseline(fingerprint2) {
        return !!this.opts.baseline?.has(fingerprint2);
      }
    };
    InlineAllow = class {
      cache = /* @__PURE__ */ new Map();
      comments;
      constructor(lines2, file) {
        this.comments = new AllowComments(lines2, file);
      }
      allowed(line, endLine) {
        const span = Math.min(endLine - line, 63);
        const key = line * 64 + span;
        let hit = this.cache.get(key);
        if (hit === void 0) {
          hit = false;
          for (let l = line; l <= Math.min(endLine, line + 50) && !hit; l++) hit = this.comments.sameLine(l);
          if (!hit && line > 1) hit = this.comments.nextLine(line - 1);
          this.cache.set(key, hit);
        }
        return hit;
      }
    };
    URL_WITH_USERINFO = /^[a-z][\w+.-]*:\/\/[^\s/@]*:[^\s/@]*@/i;
    ASSIGNED_KEY = /([A-Za-z][\w.-]{1,63})["']?\s{0,4}(?:=>?|:=|:)\s{0,4}(?:[rbuf]|new String\()?["'`]?$/;
  }
});

// src/engine/encoded.ts
function encodedRuns(text, encoding, from = 0, to = text.length) {
  const table = encoding === "base64" ? B642 : HEX2;
  const min = encoding === "base64" ? MIN_BASE64 : MIN_HEX;
  const runs = [];
  let i = from;
  while (i + min <= to) {
    let j = i + min - 1;
    while (j >= i && table[text.charCodeAt(j)] !== 0) j--;
    if (j >= i) {
      i = j + 1;
      continue;
    }
    let end = i + min;
    while (end < to && table[text.charCodeAt(end)] !== 0) end++;
    if (encoding === "base64") for (let pad = 0; pad < 2 && end < to && text.charCodeAt(end) === 61; pad++) end++;
    if (encoding === "base64" || (end - i) % 2 === 0) runs.push({ start: i, end, encoding });
    i = end + 1;
  }
  return runs;
}
function probablyText(value, encoding) {
  if (encoding === "hex") {
    for (let i = 0; i + 1 < Math.min(value.length, 8); i += 2) {
      const b = parseInt(value.slice(i, i + 2), 16);
      if (!printableAscii(b)) return false;
    }
    return true;
  }
  if (value.length < 8) return true;
  for (let q = 0; q < 8; q += 4) {
    const a = B642[value.charCodeAt(q)] - 1;
    const b = B642[value.charCodeAt(q + 1)] - 1;
    const c = B642[value.charCodeAt(q + 2)] - 1;
    const d = B642[value.charCodeAt(q + 3)] - 1;
    if (a < 0 || b < 0 || c < 0 || d < 0) return true;
    const n = a << 18 | b << 12 | c << 6 | d;
    if (!printableAscii(n >> 16) || !printableAscii(n >> 8 & 255) || !printableAscii(n & 255)) return false;
  }
  return true;
}
function isBase64Value(v, min = MIN_BASE64) {
  if (v.length < min) return false;
  let i = 0;
  while (i < v.length && B642[v.charCodeAt(i)] !== 0) i++;
  while (i < v.length && v.charCodeAt(i) === 61) i++;
  return i === v.length;
}
function printableAscii(b) {
  return b >= 32 && b < 127 || b === 9 || b === 10 || b === 13;
}
function compactBase64(value) {
  return /\s/.test(value.slice(0, 200)) || value.length > 200 ? value.replace(/\s+/g, "") : value;
}
function decodeToText(value, encoding) {
  const quantum = encoding === "base64" ? 4 : 2;
  if (value.length < quantum || !probablyText(value, encoding)) return void 0;
  const sink = new TextSink();
  const step = CHUNK - CHUNK % quantum;
  for (let at = 0; at < value.length; at += step) {
    const piece = value.slice(at, Math.min(value.length, at + step));
    const bytes2 = Buffer.from(piece, encoding);
    if (bytes2.length === 0) return void 0;
    if (!sink.push(bytes2, at + step >= value.length)) return void 0;
  }
  const text = sink.text();
  return text.trim() === "" ? void 0 : text;
}
var MIN_BASE64, MIN_HEX, CHUNK, BASE64_ALPHABET, B642, HEX2, TextSink;
var init_encoded = __esm({
  "src/engine/encoded.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    MIN_BASE64 = 24;
    MIN_HEX = 32;
    CHUNK = 64 * 1024;
    BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    B642 = new Uint8Array(65536);
    for (let i = 0; i < 64; i++) B642[BASE64_ALPHABET.charCodeAt(i)] = i + 1;
    B642[45] = 63;
    B642[95] = 64;
    HEX2 = new Uint8Array(65536);
    for (const c of "0123456789abcdefABCDEF") HEX2[c.charCodeAt(0)] = 1;
    TextSink = class {
      decoder = new TextDecoder("utf-8", { fatal: false });
      parts = [];
      printable = 0;
      total = 0;
      /** false as soon as the text is clearly not text (a replacement character, or under 95% printable). */
      push(bytes2, last) {
        const s = this.decoder.decode(bytes2, { stream: !last });
        if (s.includes("\uFFFD")) return false;
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (c >= 32 || c === 9 || c === 10 || c === 13) this.printable++;
        }
        this.total += s.length;
        this.parts.push(s);
        return this.total === 0 || this.printable / this.total > 0.95;
      }
      text() {
        return this.parts.join("");
      }
    };
  }
});

// src/engine/decoded.ts
function decodeValues(text, fromManifests, hex2) {
  const work = [...fromManifests];
  const covered = fromManifests.map((e) => [e.hostStart, e.hostEnd]).sort((a, b) => a[0] - b[0]);
  const encodings = hex2 ? ["base64", "hex"] : ["base64"];
  for (const enc of encodings) {
    const runs = encodedRuns(text, enc).filter((run2) => !insideAny(covered, run2.start));
    if (enc === "base64") for (const wrapped of wrappedRuns(text, runs)) work.push(wrapped);
    for (const run2 of runs) work.push({ hostStart: run2.start, hostEnd: run2.end, value: text.slice(run2.start, run2.end), encodings: [enc], depth: 1, label: labelBefore(text, run2.start) });
  }
  const parts = [];
  const segments = [];
  let length = 0;
  while (work.length > 0) {
    const w = work.pop();
    if (isDigestLike(w.value)) continue;
    const plain = decodeToText(w.value, w.encodings[w.encodings.length - 1]);
    if (plain === void 0) continue;
    if (parts.length) {
      parts.push(SEPARATOR);
      length += SEPARATOR.length;
    }
    const label = w.label ? `${w.label}: ` : "";
    segments.push({ at: length, end: length + label.length + plain.length, plainAt: length + label.length, hostStart: w.hostStart, hostEnd: w.hostEnd, encodings: w.encodings });
    parts.push(label + plain);
    length += label.length + plain.length;
    if (w.depth >= MAX_DECODE_DEPTH || plain.length < MIN_BASE64) continue;
    for (const enc of encodings) {
      for (const run2 of encodedRuns(plain, enc)) {
        work.push({ hostStart: w.hostStart, hostEnd: w.hostEnd, value: plain.slice(run2.start, run2.end), encodings: [...w.encodings, enc], depth: w.depth + 1 });
      }
    }
  }
  if (segments.length === 0) return void 0;
  return {
    text: parts.join(""),
    hostOf(start, end, accepted) {
      const seg = segmentAt(segments, start);
      if (!seg || end > seg.end) return void 0;
      if (start < seg.plainAt) return void 0;
      if (!seg.encodings.every((e) => accepted.includes(e))) return void 0;
      return { start: seg.hostStart, end: seg.hostEnd, encoding: seg.encodings[0] };
    },
    plainStartOf(at) {
      return segmentAt(segments, at)?.plainAt;
    }
  };
}
function labelBefore(text, at) {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 200), at);
  return /([A-Za-z0-9_.-]{1,80})["']?[ \t]{0,4}(?::|=>?)[ \t]{0,4}["']?$/.exec(before)?.[1];
}
function multiLineScalars(root, out) {
  const stack = [root];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.type === "scalar") {
      if (n.block && n.value.length >= MIN_BASE64) {
        const value = compactBase64(n.value);
        if (isBase64Value(value)) out.push({ hostStart: n.start, hostEnd: n.end, value, encodings: ["base64"], depth: 1 });
      }
      continue;
    }
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.type === "map") for (const p of n.pairs) stack.push(p.value);
    else for (const i of n.items) stack.push(i);
  }
}
function wrappedRuns(text, runs) {
  const out = [];
  const fillsLine = (r2) => blankTo(text, r2.start, -1) && blankTo(text, r2.end, 1);
  for (let i = 0; i < runs.length; i++) {
    if (!fillsLine(runs[i])) continue;
    let j = i;
    while (j + 1 < runs.length && (runs[j].end - runs[j].start) % 4 === 0 && fillsLine(runs[j + 1]) && onNextLine(text, runs[j].end, runs[j + 1].start)) j++;
    if (j > i) {
      const parts = [];
      for (let k = i; k <= j; k++) parts.push(text.slice(runs[k].start, runs[k].end));
      out.push({ hostStart: runs[i].start, hostEnd: runs[j].end, value: parts.join(""), encodings: ["base64"], depth: 1 });
      i = j;
    }
  }
  return out;
}
function blankTo(text, at, dir) {
  for (let i = dir < 0 ? at - 1 : at; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function onNextLine(text, from, to) {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return breaks === 1;
}
function insideAny(sorted2, at) {
  let lo = 0;
  let hi = sorted2.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [s, e] = sorted2[mid];
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
function segmentAt(segments, at) {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = segments[mid];
    if (at < s.at) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return void 0;
}
var SEPARATOR, MAX_DECODE_DEPTH;
var init_decoded = __esm({
  "src/engine/decoded.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_values();
    init_encoded();
    SEPARATOR = "\n\0\n";
    MAX_DECODE_DEPTH = 2;
  }
});

// src/engine/hosts.ts
function credentialName(rule) {
  return rule.credential ?? rule.description;
}
function nameCredential(host, rule, decoded) {
  const f = host.finding;
  const prev = host.credentialFrom;
  if (!prev || SEVERITY_RANK[rule.severity] > SEVERITY_RANK[prev.severity]) {
    host.credentialFrom = rule;
    f.credential = credentialName(rule);
    if (decoded) f.decoded = decoded;
    else delete f.decoded;
  }
  if (SEVERITY_RANK[rule.severity] > SEVERITY_RANK[f.severity]) f.severity = rule.severity;
}
var ManifestHosts, SEVERITY_RANK;
var init_hosts = __esm({
  "src/engine/hosts.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    ManifestHosts = class {
      list = [];
      byLine = /* @__PURE__ */ new Map();
      add(h) {
        this.list.push(h);
        if (!this.byLine.has(h.line)) this.byLine.set(h.line, h);
      }
      /** The manifest finding whose value holds [start, end), or that reports the same line. */
      holding(start, end, line) {
        let lo = 0;
        let hi = this.list.length - 1;
        let best = -1;
        while (lo <= hi) {
          const mid = lo + hi >> 1;
          if (this.list[mid].start <= start) {
            best = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        for (let i = best; i >= 0 && i > best - 8; i--) {
          const h = this.list[i];
          if (end <= h.end) return h;
        }
        return this.byLine.get(line);
      }
    };
    SEVERITY_RANK = { note: 0, warning: 1, error: 2 };
  }
});

// src/engine/engine.ts
function plainForm(secret) {
  if (secret.length > 1 << 20 || secret.length % 4 !== 0 || !isBase64Value(secret, 8)) return void 0;
  return decodeToText(secret, "base64");
}
function attachDocuments(located, docs, lines2) {
  for (const l of located) {
    if (l.document) continue;
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const d = docs[mid];
      if (l.start < d.start) hi = mid - 1;
      else if (l.start >= d.end) lo = mid + 1;
      else {
        if (!d.error) {
          l.document = { index: d.index, start: d.start, end: d.end };
          l.docLines = [lines2.lineOf(d.start), lines2.lineOf(Math.max(d.start, d.end - 1))];
        }
        break;
      }
    }
  }
}
function detach(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function detachAll(o) {
  const out = { ...o };
  for (const [k, v] of Object.entries(out)) if (typeof v === "string") out[k] = detach(v);
  return out;
}
function unmaskNames(ctx, text, templated) {
  for (const field of ["name", "namespace"]) {
    const node = field === "name" ? get(ctx.node, "metadata", "name") : get(ctx.node, "metadata", "namespace");
    if (node?.type === "scalar" && overlaps(templated, node.start, node.end)) ctx[field] = text.slice(node.start, node.end);
  }
}
function objectsOf(root) {
  const kind = str2(get(root, "kind"));
  const items = get(root, "items");
  if (kind && /List$/.test(kind) && items?.type === "seq") {
    return [root, ...items.items.filter((i) => i.type === "map")];
  }
  return [root];
}
function safeKind(ctx) {
  if (ctx.kind && SAFE_KINDS.has(ctx.kind)) return ctx.kind;
  if (ctx.kind === "Secret") {
    const sops = get(ctx.node, "sops");
    if (sops?.type === "map" && get(sops, "mac")) return "SOPS";
    if (ctx.kubesecTrailer) return "kubesec";
  }
  return void 0;
}
function touches(changed, [from, to]) {
  if (to - from > changed.size) {
    for (const l of changed) if (l >= from && l <= to) return true;
    return false;
  }
  for (let l = from; l <= to; l++) if (changed.has(l)) return true;
  return false;
}
function interpolate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, k) => data[k] ? data[k] : k in data ? "" : all).replace(/\s+/g, " ").replace(/ \)/g, ")").trim();
}
var MANIFEST_HINT, SECRET_SHAPED, SAFE_KINDS, Engine, KindDispatch;
var init_engine = __esm({
  "src/engine/engine.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_checks();
    init_documents();
    init_lines();
    init_decode();
    init_keywords();
    init_fingerprint();
    init_templates();
    init_read_documents();
    init_reading();
    init_tolerant();
    init_gate();
    init_encoded();
    init_decoded();
    init_hosts();
    MANIFEST_HINT = /\b(?:kind|apiVersion|auths|secretGenerator|sops)\b|"(?:kind|auths)"/;
    SECRET_SHAPED = /^[ \t]*(?:-[ \t]+)?["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:,[ \t]*)?(?:#.*)?$|^[ \t]*["']?(?:data|stringData)["']?[ \t]*:[ \t]*(?:\{[ \t]*)?(?:#.*)?$|sealedsecrets\.bitnami\.com\/sealed-secrets-key|^[ \t]*["']?users["']?[ \t]*:[ \t]*(?:\[[ \t]*)?$/m;
    SAFE_KINDS = /* @__PURE__ */ new Set(["SealedSecret", "ExternalSecret", "PushSecret", "SecretStore", "ClusterSecretStore"]);
    Engine = class {
      constructor(opts) {
        this.opts = opts;
        this.keywords = new KeywordIndex(opts.rules);
        this.pathRules = opts.rules.filter((r2) => r2.appliesTo);
        this.gate = new Gate(opts);
        this.hexRules = opts.rules.some((r2) => r2.decodings.includes("hex"));
      }
      opts;
      keywords;
      pathRules;
      ruleSets = /* @__PURE__ */ new Map();
      gate;
      hexRules;
      /**
       * The rules that apply to a file, with their keyword index and the decodable content rules: rules
       * restricted to some paths (values*.yaml, kustomizations) only add keywords where they apply. Files
       * that the same path rules apply to share one set (decided with one glob test per path rule).
       */
      ruleSet(file) {
        const key = this.pathRules.length ? this.pathRules.map((r2) => r2.appliesTo(file) ? "1" : "0").join("") : "*";
        let set = this.ruleSets.get(key);
        if (!set) {
          const rules = key === "*" ? this.opts.rules : this.opts.rules.filter((r2) => !r2.appliesTo || key[this.pathRules.indexOf(r2)] === "1");
          set = { rules, keywords: new KeywordIndex(rules), decodable: rules.filter((r2) => r2.regex && r2.decodings.length > 0) };
          this.ruleSets.set(key, set);
        }
        return set;
      }
      scanFragment(f) {
        const decoded = decodeBytes(f.bytes);
        if ("binary" in decoded) {
          return { findings: [], warnings: [], safe: [], bytes: f.bytes.length, skipped: { file: f.path, reason: "binary file", commit: f.commit?.sha } };
        }
        const res = this.scanText(f.path, decoded.text, f.changedLines);
        res.bytes = f.bytes.length;
        if (decoded.note) res.warnings.push(`${f.path}: ${decoded.note}`);
        if (f.commit) for (const x of res.findings) x.commit = f.commit;
        return res;
      }
      scanText(file, text, changedLines) {
        const out = { findings: [], warnings: [], safe: [], bytes: text.length };
        if (this.gate.fileAllowed(file)) return out;
        const lines2 = new LineIndex(text);
        const located = [];
        const set = this.ruleSet(file);
        const active = set.keywords.activeRules(text, this.opts.rules);
        const activeManifest = active.filter((r2) => r2.check);
        const activeContent = active.filter((r2) => r2.regex);
        const encoded = [];
        let docs = [];
        const reading = readingOf(file, text);
        if (reading !== "text" && (activeManifest.length > 0 || MANIFEST_HINT.test(text))) {
          const source = reading === "manifest" || reading === "sniffed" ? text : embeddedManifests(text, reading);
          const mode = reading === "manifest" ? "file" : reading === "sniffed" ? "sniffed" : "embedded";
          if (source !== void 0) docs = this.scanManifests(file, source, mode, lines2, activeManifest, located, encoded, out);
        }
        for (const rule of activeContent) this.runContentRule(rule, text, located);
        this.scanEncoded(set.decodable, text, encoded, located);
        if (docs.length) attachDocuments(located, docs, lines2);
        out.findings = this.finish(file, lines2, located, changedLines);
        return out;
      }
      /**
       * `mode`: the file itself, a file read as manifests by its content (`sniffed`), or the code blocks
       * of a page (`embedded`). A parse error in the last two is not worth a warning (docs abbreviate,
       * notes mix prose and YAML) unless the document looks like a Secret.
       */
      scanManifests(file, text, mode, lines2, manifestRules, located, encoded, out) {
        const read = readDocuments(file, text);
        const kubesecTrailer = /^#\s*kubesec:v:\d+/m.test(text) && /^#\s*kubesec:mac:/m.test(text);
        const dispatch = new KindDispatch(manifestRules);
        for (const { doc, text: source, templated } of read) {
          const docRef = { index: doc.index, start: doc.start, end: doc.end };
          const docLines = [lines2.lineOf(doc.start), lines2.lineOf(Math.max(doc.start, doc.end - 1))];
          let root = doc.root;
          let unparsed;
          if (doc.error) {
            const shaped = SECRET_SHAPED.test(source.slice(doc.start, doc.end));
            root = shaped ? readTolerant(source, doc.start, doc.end) : void 0;
            unparsed = doc.error;
            if (mode === "file" || shaped) {
              const how = root ? "read line by line" : "scanned as text";
              out.warnings.push(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); ${how}`);
            }
          }
          if (!root) continue;
          if (root.type === "map") {
            for (const obj of objectsOf(root)) {
              const ctx = this.objectContext(file, kubesecTrailer, obj);
              if (templated) unmaskNames(ctx, text, templated);
              const safe = unparsed ? void 0 : safeKind(ctx);
              if (safe) out.safe.push(detachAll({ file, kind: safe, name: ctx.name, namespace: ctx.namespace }));
              for (const rule of dispatch.rulesFor(ctx.kind)) {
                for (const hit of CHECKS[rule.check](ctx)) {
                  const l = this.fromHit(rule, hit, ctx, docRef, docLines);
                  if (templated && overlaps(templated, l.start, l.end)) continue;
                  l.unparsed = unparsed;
                  l.fixable = mode !== "embedded" && !unparsed;
                  l.embedded = mode === "embedded";
                  located.push(l);
                }
              }
            }
          }
          if (!unparsed) multiLineScalars(root, encoded);
        }
        return read.map((r2) => r2.doc);
      }
      objectContext(file, kubesecTrailer, node) {
        return {
          file,
          node,
          kind: str2(get(node, "kind")),
          apiVersion: str2(get(node, "apiVersion")),
          name: str2(get(node, "metadata", "name")),
          namespace: str2(get(node, "metadata", "namespace")),
          kubesecTrailer,
          readFile: this.opts.readFile
        };
      }
      fromHit(rule, hit, ctx, document, docLines) {
        const at = hit.at;
        const start = at.start;
        const end = at.type === "scalar" ? at.end : at.start + 1;
        return {
          rule,
          secret: hit.secret,
          start,
          end: Math.max(end, start),
          lineAt: hit.key ? hit.key.start : start,
          resource: hit.resource,
          data: { kind: ctx.kind ?? "", name: ctx.name ?? "", namespace: ctx.namespace ?? "", ...hit.data },
          severity: hit.severity,
          plain: plainForm(hit.secret),
          document,
          docLines
        };
      }
      /** Runs a content rule over the file text. */
      runContentRule(rule, text, located) {
        const re = rule.regex;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const secret = m[rule.secretGroup] ?? m[0];
          if (!secret) continue;
          if (rule.validator && !rule.validator(secret, m.groups)) continue;
          const offsetInMatch = rule.secretGroup > 0 ? Math.max(0, m[0].indexOf(secret)) : 0;
          if (!contentMatchIsCredential(rule, secret, m[0], text.slice(Math.max(0, m.index - 64), m.index + offsetInMatch))) continue;
          const start = m.index + offsetInMatch;
          located.push({ rule, secret, start, end: start + secret.length, lineAt: start, matchStart: m.index });
        }
      }
      /**
       * Decodes base64 (and, for rules that ask, hex) values to depth 2 and runs the content rules over
       * the decoded text: its own keyword prefilter, every decodable rule. All decoded values of a file
       * are matched in one pass over a combined text; a match maps back to the encoded value holding it.
       */
      /** Content rules over the decoded text of encoded values (their own keyword prefilter, one pass). */
      scanEncoded(rules, text, fromManifests, located) {
        if (rules.length === 0) return;
        const decoded = decodeValues(text, fromManifests, this.hexRules);
        if (!decoded) return;
        const found = [];
        for (const rule of this.keywords.activeRules(decoded.text, rules)) this.runContentRule(rule, decoded.text, found);
        for (const l of found) {
          const host = decoded.hostOf(l.start, l.end, l.rule.decodings);
          if (!l.rule.provider && (l.matchStart ?? l.start) < (decoded.plainStartOf(l.start) ?? 0)) continue;
          if (host) located.push({ rule: l.rule, secret: l.secret, start: host.start, end: host.end, lineAt: host.start, decoded: host.encoding });
        }
      }
      finish(file, lines2, located, changed) {
        const findings = [];
        const taken = /* @__PURE__ */ new Set();
        const inline = new InlineAllow(lines2, file);
        located.sort((a, b) => Number(!!a.rule.regex) - Number(!!b.rule.regex) || a.start - b.start);
        const hosts = new ManifestHosts();
        const named = new Set(located.filter((l) => l.rule.provider && l.rule.regex).map((l) => l.start));
        for (const l of located) {
          if (l.rule.regex && !l.rule.provider && named.has(l.start)) continue;
          if (this.gate.ruleSkipsFile(l.rule, file)) continue;
          const forms = l.plain !== void 0 ? [l.secret, l.plain] : [l.secret];
          if (!this.gate.valueAllowed(l.rule, ...forms)) continue;
          const at = lines2.position(l.start);
          const line = lines2.lineOf(l.lineAt);
          const endPos = lines2.position(Math.max(l.start, l.end - 1));
          if (l.rule.regex) {
            const host = hosts.holding(l.start, l.end, line);
            if (host) {
              nameCredential(host, l.rule, l.decoded);
              continue;
            }
          }
          const place = `${l.rule.id}@${line}:${at.column}`;
          if (taken.has(place)) continue;
          if (inline.allowed(line, endPos.line)) continue;
          if (changed && !touches(changed, l.docLines ?? [line, endPos.line])) continue;
          const fp = fingerprint(l.rule.id, file, l.secret);
          if (this.gate.inBaseline(fp)) continue;
          taken.add(place);
          const message = interpolate(l.rule.message, { ...l.data, key: l.resource?.key ?? l.data?.key ?? "" });
          const finding = {
            ruleId: l.rule.id,
            // A manifest that could not be parsed blocks: nobody can tell what the cluster would make of it.
            // (A documentation code block keeps its rule's verdict: it is never applied as it stands.)
            severity: l.unparsed && !l.embedded ? "error" : l.severity ?? l.rule.severity,
            message: detach(l.unparsed ? `${message} (the document could not be parsed: ${l.unparsed}; read line by line)` : message),
            file,
            line,
            column: line === at.line ? at.column : 1,
            endLine: Math.max(line, endPos.line),
            endColumn: endPos.column + 1,
            resource: l.resource && detachAll(l.resource),
            secret: detach(l.secret),
            fingerprint: fp,
            fix: l.rule.fix && l.fixable && l.resource?.kind === "Secret" ? [...l.rule.fix] : void 0,
            offset: { start: l.start, end: l.end },
            document: l.document && { ...l.document },
            credential: l.rule.regex ? credentialName(l.rule) : void 0,
            decoded: l.decoded
          };
          findings.push(finding);
          if (!l.rule.regex) hosts.add({ start: l.start, end: l.end, line, finding });
        }
        for (const f of findings) {
          if (f.document === void 0) delete f.document;
          if (f.credential === void 0) delete f.credential;
          if (f.decoded === void 0) delete f.decoded;
        }
        return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
      }
    };
    KindDispatch = class {
      constructor(rules) {
        this.rules = rules;
        this.anyKind = rules.filter((r2) => r2.kinds.length === 0);
      }
      rules;
      byKind = /* @__PURE__ */ new Map();
      anyKind;
      rulesFor(kind) {
        if (kind === void 0) return this.anyKind;
        let list = this.byKind.get(kind);
        if (!list) {
          list = this.rules.filter((r2) => r2.kinds.length === 0 || r2.kinds.includes(kind));
          this.byKind.set(kind, list);
        }
        return list;
      }
    };
  }
});

// src/engine/examples.ts
function findingsFor(rules, code, path23) {
  return new Engine({ rules }).scanText(path23, code).findings;
}
function checkExample(rules, rule, kind, index, expand = (code) => code) {
  const ex = rule.examples[kind][index];
  const code = expand(ex.code);
  const path23 = ex.path ?? (code.trimStart().startsWith("{") ? "example.json" : "example.yaml");
  const named = rule.regex ? rule.credential ?? rule.description : void 0;
  const own = findingsFor(rules, code, path23).filter((f) => f.ruleId === rule.id || named !== void 0 && f.credential === named);
  if (kind === "valid" && own.length > 0) {
    return `${rule.file}: examples.valid[${index}] '${ex.name}' produced ${own.length} finding(s) of ${rule.id} at line(s) ${own.map((f) => f.line).join(", ")}`;
  }
  if (kind === "invalid") {
    if (own.length === 0) return `${rule.file}: examples.invalid[${index}] '${ex.name}' produced no finding of ${rule.id}`;
    const at = (f) => f.line === ex.line || f.ruleId !== rule.id && ex.line >= f.line && ex.line <= f.endLine;
    if (ex.line !== void 0 && !own.some(at)) {
      return `${rule.file}: examples.invalid[${index}] '${ex.name}': expected a finding on line ${ex.line}, got ${own.map((f) => f.line).join(", ")}`;
    }
  }
  return void 0;
}
function exampleProblems(rules, targets) {
  const problems = [];
  for (const rule of targets) {
    for (const kind of ["valid", "invalid"]) {
      rule.examples[kind].forEach((_, i) => {
        const p = checkExample(rules, rule, kind, i);
        if (p) problems.push(p);
      });
    }
  }
  return problems;
}
var init_examples = __esm({
  "src/engine/examples.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_engine();
  }
});

// src/engine/baseline.ts
function readBaseline(file) {
  let raw;
  try {
    raw = JSON.parse((0, import_node_fs3.readFileSync)(file, "utf8"));
  } catch (e) {
    const code = e.code;
    throw new ConfigError([`${file}: cannot read the baseline (${code ?? "not valid JSON"})`]);
  }
  const fps = raw.fingerprints;
  if (!Array.isArray(fps) || !fps.every((f) => typeof f === "string")) {
    throw new ConfigError([`${file}: fingerprints: must be a list of strings`]);
  }
  return new Set(fps);
}
function baselineJson(findings) {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort();
  return JSON.stringify({ version: 1, tool: "sealgate", fingerprints }, null, 2) + "\n";
}
var import_node_fs3, BASELINE_FILE;
var init_baseline = __esm({
  "src/engine/baseline.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs3 = require("node:fs");
    init_errors();
    BASELINE_FILE = ".sealgate-baseline.json";
  }
});

// src/sources/files.ts
function toRepoPath(root, abs) {
  return import_node_path3.default.relative(root, abs).split(import_node_path3.default.sep).join("/");
}
async function gitFiles(git, absPaths) {
  const specs = absPaths.map((p) => toRepoPath(git.root, p) || ".");
  const out = await git.out(["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--deduplicate", "--", ...specs], "git ls-files");
  return out.toString("utf8").split("\0").filter(Boolean);
}
async function walk(root, abs, out) {
  const st = (0, import_node_fs4.lstatSync)(abs);
  if (!st.isDirectory()) {
    out.push(toRepoPath(root, abs));
    return;
  }
  for (const e of (0, import_node_fs4.readdirSync)(abs, { withFileTypes: true })) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    await walk(root, import_node_path3.default.join(abs, e.name), out);
  }
}
function readTreeFile(root, rel2, maxSize) {
  const abs = import_node_path3.default.join(root, rel2);
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(abs, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NOFOLLOW | import_node_fs4.constants.O_NONBLOCK);
    const st = (0, import_node_fs4.fstatSync)(fd);
    if (st.isDirectory()) return { file: rel2, reason: "directory (submodule?)" };
    if (!st.isFile()) return { file: rel2, reason: "not a regular file (FIFO, socket or device)" };
    if (st.size > maxSize) return { file: rel2, reason: `larger than ${maxSize} bytes (maxFileSize)`, unscannable: true };
    const bytes2 = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = (0, import_node_fs4.readSync)(fd, bytes2, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { path: rel2, bytes: off === st.size ? bytes2 : bytes2.subarray(0, off), origin: "tree" };
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") return { file: rel2, reason: "symbolic link (not followed)" };
    if (code === "ENOENT") return { file: rel2, reason: "vanished while scanning (or deleted but still tracked)" };
    if (code === "EISDIR") return { file: rel2, reason: "directory (submodule?)" };
    return { file: rel2, reason: `cannot be read (${code ?? "error"})`, unscannable: true };
  } finally {
    if (fd !== void 0) (0, import_node_fs4.closeSync)(fd);
  }
}
function treeSource(root, absPaths, git, maxSize) {
  const tasks = async function* () {
    const existing = [];
    for (const p of absPaths) {
      try {
        (0, import_node_fs4.lstatSync)(p);
        existing.push(p);
      } catch {
        yield { file: toRepoPath(root, p) || p, reason: "no such file or directory", unscannable: true };
      }
    }
    if (existing.length === 0) return;
    let files = [];
    if (git) {
      const named = [];
      const folders = [];
      for (const p of existing) ((0, import_node_fs4.lstatSync)(p).isDirectory() ? folders : named).push(p);
      files = [.../* @__PURE__ */ new Set([...named.map((p) => toRepoPath(root, p)), ...folders.length ? await gitFiles(git, folders) : []])];
    } else for (const p of existing) await walk(root, p, files);
    for (const path23 of files) yield { kind: "file", path: path23 };
  };
  return {
    info: {},
    tasks,
    async *items() {
      for await (const t of tasks()) yield "kind" in t ? readTreeFile(root, t.path, maxSize) : t;
    }
  };
}
var import_node_fs4, import_node_path3;
var init_files = __esm({
  "src/sources/files.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs4 = require("node:fs");
    import_node_path3 = __toESM(require("node:path"), 1);
  }
});

// src/sources/git-client.ts
var git_client_exports = {};
__export(git_client_exports, {
  CatFileBatch: () => CatFileBatch,
  Git: () => Git,
  gitComplaint: () => gitComplaint,
  openRepository: () => openRepository,
  repositoryRoot: () => repositoryRoot
});
function gitEnv(env) {
  return { ...env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
}
function spawnGit(cwd, env, args) {
  try {
    return (0, import_node_child_process.spawn)("git", args, { cwd, env: gitEnv(env), stdio: "pipe" });
  } catch (e) {
    throw spawnError(e);
  }
}
function gitComplaint(stderr) {
  const lines2 = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines2.find((l) => /^(fatal|error):/.test(l)) ?? lines2[0] ?? "no message").slice(0, 300);
}
function spawnError(e) {
  const code = e.code;
  if (code === "ENOENT") return new GitError("git is not installed or not on PATH");
  return new GitError(`could not run git: ${e.message}`);
}
function runGit(cwd, env, args, input) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawnGit(cwd, env, args);
    } catch (e) {
      reject(e);
      return;
    }
    const out = [];
    let stderr = "";
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => {
      if (stderr.length < 64 * 1024) stderr += c.toString("utf8");
    });
    child.on("error", (e) => reject(spawnError(e)));
    child.on("close", (code) => resolve({ code: code ?? 128, stdout: Buffer.concat(out), stderr }));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
async function* streamGit(cwd, env, args, what) {
  const child = spawnGit(cwd, env, args);
  child.stdin.end();
  let stderr = "";
  child.stderr.on("data", (c) => {
    if (stderr.length < 64 * 1024) stderr += c.toString("utf8");
  });
  const queue = [];
  let queued = 0;
  let ended = false;
  let failure;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  child.stdout.on("data", (c) => {
    queue.push(c);
    queued += c.length;
    if (queued > READ_AHEAD) child.stdout.pause();
    notify();
  });
  const exit = new Promise((resolve) => {
    child.on("error", (e) => {
      failure = spawnError(e);
      ended = true;
      notify();
      resolve(128);
    });
    child.on("close", (code18) => {
      ended = true;
      notify();
      resolve(code18 ?? 128);
    });
  });
  let finished = false;
  try {
    for (; ; ) {
      if (queue.length > 0) {
        const c = queue.shift();
        queued -= c.length;
        if (queued <= READ_AHEAD / 2 && child.stdout.isPaused()) child.stdout.resume();
        yield c;
        continue;
      }
      if (ended) break;
      await new Promise((resolve) => wake = resolve);
    }
    finished = true;
  } finally {
    if (!finished && child.exitCode === null) child.kill();
  }
  const code = await exit;
  if (failure) throw failure;
  if (code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(stderr)}`);
}
async function repositoryRoot(cwd, env = process.env) {
  if (!DISCOVERY_VARS.some((k) => env[k] !== void 0)) {
    for (let dir = import_node_path4.default.resolve(cwd); ; dir = import_node_path4.default.dirname(dir)) {
      if ((0, import_node_fs5.existsSync)(import_node_path4.default.join(dir, ".git"))) return dir;
      if (dir === import_node_path4.default.dirname(dir)) return void 0;
    }
  }
  const r2 = await runGit(cwd, env, ["rev-parse", "--show-toplevel"]);
  if (r2.code !== 0) {
    if (NOT_A_REPOSITORY.test(r2.stderr)) return void 0;
    throw new GitError(`git rev-parse failed in ${cwd}: ${gitComplaint(r2.stderr)}`);
  }
  return r2.stdout.toString("utf8").replace(/\n$/, "") || void 0;
}
async function openRepository(cwd, env = process.env) {
  const root = await repositoryRoot(cwd, env);
  return root === void 0 ? void 0 : new Git(root, env);
}
var import_node_child_process, import_node_fs5, import_node_path4, READ_AHEAD, HEAD_BYTES, CatFileBatch, NOT_A_REPOSITORY, DISCOVERY_VARS, OBJECT_ID, Git;
var init_git_client = __esm({
  "src/sources/git-client.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_child_process = require("node:child_process");
    import_node_fs5 = require("node:fs");
    import_node_path4 = __toESM(require("node:path"), 1);
    init_errors();
    READ_AHEAD = 64 * 1024 * 1024;
    HEAD_BYTES = 8192;
    CatFileBatch = class {
      child;
      queue = [];
      maxBytes;
      stderr = "";
      failed;
      /** Header mode: unparsed bytes. */
      buf = Buffer.alloc(0);
      /** Content mode: the object being read, bytes still to keep, then to skip (incl. the trailing LF). */
      inObject = false;
      size = 0;
      keepLeft = 0;
      skipLeft = 0;
      parts = [];
      got = 0;
      closed = false;
      constructor(git, opts = {}) {
        this.maxBytes = opts.maxBytes ?? Infinity;
        this.child = spawnGit(git.root, git.env, ["cat-file", "--batch"]);
        this.child.stdout.on("data", (c) => this.onData(c));
        this.child.stderr.on("data", (c) => {
          if (this.stderr.length < 64 * 1024) this.stderr += c.toString("utf8");
        });
        this.child.stdin.on("error", () => {
        });
        this.child.on("error", (e) => this.fail(spawnError(e)));
        this.child.on("close", (code) => {
          if (this.queue.length > 0 || !this.closed) {
            this.fail(new GitError(`git cat-file --batch stopped (exit ${code}): ${gitComplaint(this.stderr)}`));
          }
        });
      }
      /** The object (possibly cut to its start, see maxBytes), or undefined when the repository lacks it. */
      object(id) {
        if (this.failed) return Promise.reject(this.failed);
        if (this.closed) return Promise.reject(new GitError("git cat-file --batch already closed"));
        if (/[\r\n]/.test(id)) return Promise.reject(new GitError(`invalid object name for cat-file: ${JSON.stringify(id)}`));
        return new Promise((resolve, reject) => {
          this.queue.push({ resolve, reject });
          this.child.stdin.write(`${id}
`);
        });
      }
      /** The object's bytes, or undefined when the repository does not have it. */
      async get(id) {
        return (await this.object(id))?.bytes;
      }
      close() {
        if (this.closed) return;
        this.closed = true;
        this.child.stdin.end();
        if (this.queue.length === 0) {
          this.child.stdout.destroy();
          this.child.kill();
        }
      }
      fail(e) {
        this.failed ??= e;
        for (const p of this.queue.splice(0)) p.reject(this.failed);
      }
      onData(chunk) {
        let data = chunk;
        while (data.length > 0) {
          if (this.inObject) {
            if (this.keepLeft > 0) {
              const take = Math.min(this.keepLeft, data.length);
              this.parts.push(data.subarray(0, take));
              this.got += take;
              this.keepLeft -= take;
              data = data.subarray(take);
              if (this.keepLeft > 0) continue;
            }
            if (this.skipLeft > 0) {
              const take = Math.min(this.skipLeft, data.length);
              this.skipLeft -= take;
              data = data.subarray(take);
              if (this.skipLeft > 0) continue;
            }
            const bytes2 = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.got);
            this.parts = [];
            this.got = 0;
            this.inObject = false;
            this.queue.shift()?.resolve({ bytes: bytes2, size: this.size });
            continue;
          }
          this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
          data = Buffer.alloc(0);
          const nl = this.buf.indexOf(10);
          if (nl < 0) return;
          const header2 = this.buf.subarray(0, nl).toString("utf8");
          const rest = this.buf.subarray(nl + 1);
          this.buf = Buffer.alloc(0);
          if (/ (missing|ambiguous)$/.test(header2)) {
            this.queue.shift()?.resolve(void 0);
          } else {
            const m = /^[0-9a-f]+ \S+ (\d+)$/.exec(header2);
            if (!m) {
              this.fail(new GitError(`unexpected output from git cat-file --batch: ${header2.slice(0, 80)}`));
              this.child.kill();
              return;
            }
            this.size = Number(m[1]);
            this.keepLeft = this.size > this.maxBytes ? Math.min(this.size, HEAD_BYTES) : this.size;
            this.skipLeft = this.size - this.keepLeft + 1;
            this.inObject = true;
          }
          data = rest;
        }
      }
    };
    NOT_A_REPOSITORY = /not a git repository|must be run in a work tree/i;
    DISCOVERY_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM"];
    OBJECT_ID = /^[0-9a-f]{40,64}$/;
    Git = class {
      constructor(root, env = process.env) {
        this.root = root;
        this.env = env;
      }
      root;
      env;
      /** Runs git to completion; never throws for a non-zero exit (the code is the answer). */
      run(args, input) {
        return runGit(this.root, this.env, args, input);
      }
      /** stdout of a git that must succeed: a non-zero exit is a GitError naming what failed. */
      async out(args, what) {
        const r2 = await this.run(args);
        if (r2.code !== 0) throw new GitError(`${what ?? `git ${args[0]}`} failed: ${gitComplaint(r2.stderr)}`);
        return r2.stdout;
      }
      /**
       * Trimmed stdout as text. `allowFail` returns undefined instead of throwing for expected non-zero
       * exits (merge-base without a common ancestor, config --get of an unset key).
       */
      async text(args, opts = {}) {
        const r2 = await this.run(args);
        if (r2.code === 0) return r2.stdout.toString("utf8").trim();
        if (opts.allowFail) return void 0;
        throw new GitError(`git ${args[0]} failed: ${gitComplaint(r2.stderr)}`);
      }
      /** Streams stdout chunk by chunk; see streamGit. */
      stream(args, what) {
        return streamGit(this.root, this.env, args, what);
      }
      catFile(opts = {}) {
        return new CatFileBatch(this, opts);
      }
      /** The commit `rev` names, or undefined when it names none here. Never an option: `--end-of-options`. */
      async resolveCommit(rev) {
        const r2 = await this.run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
        const sha = r2.code === 0 ? r2.stdout.toString("utf8").trim() : "";
        return OBJECT_ID.test(sha) ? sha : void 0;
      }
      async isShallow() {
        return await this.text(["rev-parse", "--is-shallow-repository"]) === "true";
      }
      /** The commits where a shallow clone's history is cut (their parents are not in the repository). */
      async shallowCuts() {
        const file = await this.text(["rev-parse", "--path-format=absolute", "--git-path", "shallow"], { allowFail: true });
        if (!file) return /* @__PURE__ */ new Set();
        try {
          return new Set((0, import_node_fs5.readFileSync)(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => OBJECT_ID.test(l)));
        } catch {
          return /* @__PURE__ */ new Set();
        }
      }
      /** Absolute git directory (a worktree's own), or undefined outside git. */
      async gitDir() {
        return await this.text(["rev-parse", "--absolute-git-dir"], { allowFail: true }) || void 0;
      }
      /** Bytes of `file` at `rev`, or undefined when the file does not exist there. */
      async blobAt(rev, file) {
        const r2 = await this.run(["cat-file", "blob", `${rev}:${file}`]);
        if (r2.code === 0) return r2.stdout;
        if (/does not exist|exists on disk, but not in|not a valid object name|path .* does not exist/i.test(r2.stderr)) return void 0;
        throw new GitError(`git cat-file ${rev}:${file}: ${gitComplaint(r2.stderr)}`);
      }
      /** Sets a value in the repository's own config (`sealgate init --hooks-path` sets core.hooksPath). */
      async setConfig(key, value) {
        await this.out(["config", "--local", "--end-of-options", key, value], `git config ${key}`);
      }
    };
  }
});

// src/sources/git-parse.ts
function parseRaw(buf, pos = 0) {
  const entries = [];
  while (pos < buf.length && buf[pos] === COLON) {
    const metaEnd = buf.indexOf(0, pos);
    if (metaEnd < 0) break;
    const meta = buf.toString("latin1", pos + 1, metaEnd).split(" ");
    const [srcMode = "", dstMode = "", srcSha = "", dstSha = "", statusField = ""] = meta;
    const status = statusField.charAt(0);
    pos = metaEnd + 1;
    const p1End = buf.indexOf(0, pos);
    if (p1End < 0) break;
    const p1 = buf.toString("utf8", pos, p1End);
    pos = p1End + 1;
    const entry = { srcMode, dstMode, srcSha, dstSha, status, path: p1 };
    if (status === "R" || status === "C") {
      const p2End = buf.indexOf(0, pos);
      if (p2End < 0) break;
      entry.oldPath = p1;
      entry.path = buf.toString("utf8", pos, p2End);
      pos = p2End + 1;
    }
    entries.push(entry);
  }
  return { entries, pos };
}
function nextLineStarting(text, head, from) {
  if (from === 0 && text.startsWith(head)) return 0;
  const i = text.indexOf(`
${head}`, Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}
function parsePatches(text) {
  const patches = [];
  let diff = nextLineStarting(text, "diff --git ", 0);
  let hunk = nextLineStarting(text, "@@ ", 0);
  while (diff >= 0) {
    const cur = { hunks: [], binary: false };
    patches.push(cur);
    const next = nextLineStarting(text, "diff --git ", diff + 1);
    const end = next < 0 ? text.length : next;
    while (hunk >= 0 && hunk < diff) hunk = nextLineStarting(text, "@@ ", hunk + 1);
    const headerEnd = hunk >= 0 && hunk < end ? hunk : end;
    const header2 = text.slice(diff, Math.min(headerEnd, diff + 64 * 1024));
    if (header2.includes("\nBinary files ") || header2.includes("\nGIT binary patch")) cur.binary = true;
    while (hunk >= 0 && hunk < end) {
      const m = HUNK.exec(text.slice(hunk, hunk + 200));
      if (m) {
        const count2 = m[2] === void 0 ? 1 : Number(m[2]);
        if (count2 > 0) cur.hunks.push(Number(m[1]), count2);
      }
      hunk = nextLineStarting(text, "@@ ", hunk + 1);
    }
    diff = next;
  }
  return patches;
}
function addedLines(patch) {
  const set = /* @__PURE__ */ new Set();
  for (let i = 0; i < patch.hunks.length; i += 2) {
    const start = patch.hunks[i];
    const end = start + patch.hunks[i + 1];
    for (let n = start; n < end; n++) set.add(n);
  }
  return set;
}
function alignPatches(entries, sections) {
  const out = [];
  let k = 0;
  for (const e of entries) {
    if (e.status === "T") k++;
    out.push(sections[k]);
    k++;
  }
  return out;
}
function parseDiff(buf) {
  const { entries, pos } = parseRaw(buf, 0);
  const start = buf[pos] === 0 ? pos + 1 : pos;
  return { entries, patches: alignPatches(entries, parsePatches(buf.toString("latin1", start))) };
}
function parseLogCommit(buf) {
  let pos = buf.indexOf(COMMIT_MARK, 0, "latin1");
  if (pos < 0) return void 0;
  pos += COMMIT_MARK.length;
  const headerEnd = buf.indexOf(0, pos);
  const header2 = buf.toString("utf8", pos, headerEnd < 0 ? buf.length : headerEnd);
  const [ids = "", author = "", email = "", date = ""] = header2.split("");
  const [sha = "", ...parents] = ids.split(" ").filter(Boolean);
  if (!/^[0-9a-f]{40,64}$/.test(sha)) return void 0;
  const commit2 = { sha, parents, author, email, date, entries: [], patches: [] };
  if (headerEnd < 0) return commit2;
  pos = headerEnd + 1;
  if (buf[pos] === 10) pos++;
  const diff = parseDiff(buf.subarray(pos));
  commit2.entries = diff.entries;
  commit2.patches = diff.patches;
  return commit2;
}
async function* splitLog(chunks) {
  const mark = Buffer.from(COMMIT_MARK, "latin1");
  let parts = [];
  let len = 0;
  for await (const chunk of chunks) {
    const tail = tailOf(parts, len, mark.length - 1);
    const hay = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
    const done = [];
    let from = tail.length;
    for (let i = hay.indexOf(mark); i >= 0; i = hay.indexOf(mark, i + mark.length)) {
      if (i < tail.length) {
        const all = Buffer.concat(parts, len);
        const k = len - (tail.length - i);
        done.push(all.subarray(0, k));
        parts = [all.subarray(k)];
        len = parts[0].length;
      } else {
        parts.push(hay.subarray(from, i));
        len += i - from;
        done.push(Buffer.concat(parts, len));
        parts = [];
        len = 0;
        from = i;
      }
    }
    const rest = hay.subarray(from);
    parts.push(rest);
    len += rest.length;
    for (const b of done) {
      const c = parseLogCommit(b);
      if (c) yield c;
    }
  }
  if (len > 0) {
    const c = parseLogCommit(Buffer.concat(parts, len));
    if (c) yield c;
  }
}
function tailOf(parts, len, n) {
  if (len === 0 || n === 0) return Buffer.alloc(0);
  const last = parts[parts.length - 1];
  if (last.length >= n) return last.subarray(last.length - n);
  return Buffer.concat(parts, len).subarray(Math.max(0, len - n));
}
var COMMIT_MARK, LOG_FORMAT, COLON, HUNK;
var init_git_parse = __esm({
  "src/sources/git-parse.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    COMMIT_MARK = "";
    LOG_FORMAT = "--format=%x01%x02%x03%H %P%x02%an%x02%ae%x02%aI%x02";
    COLON = 58;
    HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  }
});

// src/sources/tasks.ts
function isTask(x) {
  return x.kind !== void 0;
}
async function readBlob(cat, t) {
  const skipped = (reason, unscannable2) => {
    const s = { file: t.path, reason };
    if (unscannable2) s.unscannable = true;
    if (t.commit) s.commit = t.commit.sha;
    return s;
  };
  const obj = await cat.object(t.blob);
  if (obj === void 0) return skipped(`git object ${t.blob.slice(0, 12)} is missing from the repository`, true);
  const bytes2 = obj.bytes;
  if (isBinary(bytes2)) return skipped("binary file");
  if (bytes2.length < obj.size) return skipped(`larger than ${MAX_BLOB} bytes (not read)`, true);
  const f = { path: t.path, bytes: bytes2, origin: t.origin };
  if (t.hunks) f.changedLines = addedLines({ hunks: t.hunks, binary: false });
  if (t.commit) f.commit = t.commit;
  return f;
}
async function* readTasks(tasks, reader) {
  const waiting = [];
  try {
    for await (const t of tasks) {
      const p = Promise.resolve(isTask(t) ? reader.read(t) : t);
      p.catch(() => {
      });
      waiting.push(p);
      while (waiting.length >= WINDOW) yield await waiting.shift();
    }
    while (waiting.length > 0) yield await waiting.shift();
  } finally {
    reader.close();
  }
}
var MAX_BLOB, WINDOW, TaskReader;
var init_tasks = __esm({
  "src/sources/tasks.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_decode();
    init_git_parse();
    init_files();
    MAX_BLOB = 64 * 1024 * 1024;
    WINDOW = 64;
    TaskReader = class {
      constructor(git, maxFileSize) {
        this.git = git;
        this.maxFileSize = maxFileSize;
      }
      git;
      maxFileSize;
      cat;
      /** Starts cat-file now (its start-up then overlaps whatever runs before the first blob). */
      start() {
        this.cat ??= this.git.catFile({ maxBytes: MAX_BLOB });
      }
      read(t) {
        if (t.kind === "file") return readTreeFile(this.git.root, t.path, this.maxFileSize);
        this.start();
        return readBlob(this.cat, t);
      }
      close() {
        this.cat?.close();
        this.cat = void 0;
      }
    };
  }
});

// src/sources/source.ts
function isSkipped(x) {
  return x.reason !== void 0 && x.bytes === void 0;
}
var init_source = __esm({
  "src/sources/source.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
  }
});

// src/parallel/item.ts
function engineFor(setup, config) {
  const baselineFile = setup.baselineFile ?? config.baseline;
  return new Engine({
    rules: effectiveRules(config),
    allowPaths: config.allowPaths,
    allowRegexes: config.allowRegexes,
    stopwords: config.stopwords,
    baseline: baselineFile ? readBaseline(baselineFile) : void 0,
    readFile: (rel2) => readSmallFile(setup.root, rel2, config.maxFileSize)
  });
}
function scanItem(engine, item, maxFileSize, wholeFiles) {
  if (isSkipped(item)) return { skipped: item };
  if (item.bytes.length > maxFileSize) {
    return { skipped: { file: item.path, reason: `larger than ${maxFileSize} bytes (maxFileSize)`, commit: item.commit?.sha, unscannable: true } };
  }
  const r2 = engine.scanFragment(wholeFiles ? { ...item, changedLines: void 0 } : item);
  return r2.skipped ? { skipped: r2.skipped } : { result: r2 };
}
function readSmallFile(root, rel2, max) {
  const abs = import_node_path5.default.join(root, rel2);
  if (!abs.startsWith(root + import_node_path5.default.sep)) return void 0;
  try {
    const st = (0, import_node_fs6.statSync)(abs);
    if (!st.isFile() || st.size > max) return void 0;
    return (0, import_node_fs6.readFileSync)(abs, "utf8");
  } catch {
    return void 0;
  }
}
var import_node_fs6, import_node_path5;
var init_item = __esm({
  "src/parallel/item.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs6 = require("node:fs");
    import_node_path5 = __toESM(require("node:path"), 1);
    init_load2();
    init_engine();
    init_baseline();
    init_source();
  }
});

// src/parallel/pool.ts
var pool_exports = {};
__export(pool_exports, {
  MIN_TASKS: () => MIN_TASKS,
  runPool: () => runPool,
  workerPlan: () => workerPlan,
  workerScript: () => workerScript
});
function workerScript() {
  if (false) return void 0;
  return new URL(/\/chunks\/[^/]*$/.test(__sgImportMetaUrl) ? "../worker.js" : "./worker.js", __sgImportMetaUrl);
}
function workerPlan(env) {
  const set = env.SEALGATE_WORKERS;
  if (set !== void 0 && /^\d+$/.test(set.trim()) && Number(set) >= 1) return { workers: Math.min(Number(set), 64), forced: true };
  return { workers: import_node_os.default.availableParallelism(), forced: false };
}
async function runPool(script, setup, count2, tasks, onOutcome) {
  const workers = Array.from({ length: count2 }, () => new import_node_worker_threads.Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }));
  const load = new Map(workers.map((w) => [w, 0]));
  const results = /* @__PURE__ */ new Map();
  let nextOut = 0;
  let sent = 0;
  let failure;
  let closing = false;
  let wake;
  const notify = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  const waitForNews = () => new Promise((resolve) => wake = resolve);
  for (const w of workers) {
    w.on("message", (m) => {
      if (m.type === "error") failure ??= new Error(`scan worker: ${m.message}`);
      else {
        load.set(w, load.get(w) - 1);
        results.set(m.id, m.outcomes);
        for (let r2 = results.get(nextOut); r2; r2 = results.get(nextOut)) {
          results.delete(nextOut++);
          for (const o of r2) onOutcome(o);
        }
      }
      notify();
    });
    w.on("error", (e) => {
      failure ??= e;
      notify();
    });
    w.on("exit", (code) => {
      if (!closing) failure ??= new Error(`scan worker stopped (exit ${code})`);
      notify();
    });
  }
  const freeWorker = async () => {
    for (; ; ) {
      if (failure) throw failure;
      let best;
      for (const [w, n] of load) if (n < IN_FLIGHT && (!best || n < load.get(best))) best = w;
      if (best) return best;
      await waitForNews();
    }
  };
  const dispatch = async (batch) => {
    const w = await freeWorker();
    load.set(w, load.get(w) + 1);
    w.postMessage({ type: "batch", id: sent++, tasks: batch });
  };
  try {
    let batch = [];
    for await (const t of tasks) {
      batch.push(t);
      if (batch.length === BATCH) {
        await dispatch(batch);
        batch = [];
      }
    }
    if (batch.length) await dispatch(batch);
    while (nextOut < sent) {
      if (failure) throw failure;
      await waitForNews();
    }
    if (failure) throw failure;
    closing = true;
    await Promise.all(
      workers.map(
        (w) => new Promise((resolve) => {
          w.once("exit", () => resolve());
          w.postMessage({ type: "close" });
        })
      )
    );
  } finally {
    closing = true;
    for (const w of workers) void w.terminate();
  }
}
var import_node_os, import_node_worker_threads, BATCH, IN_FLIGHT, MIN_TASKS, YOUNG_MB;
var init_pool = __esm({
  "src/parallel/pool.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_os = __toESM(require("node:os"), 1);
    import_node_worker_threads = require("node:worker_threads");
    BATCH = 32;
    IN_FLIGHT = 2;
    MIN_TASKS = 256;
    YOUNG_MB = 4;
  }
});

// src/scan.ts
var scan_exports = {};
__export(scan_exports, {
  BASELINE_FILE: () => BASELINE_FILE,
  scan: () => scan
});
async function scan(opts) {
  const t0 = process.hrtime.bigint();
  const cwd = import_node_path6.default.resolve(opts.cwd);
  const absPaths = (opts.paths?.length ? opts.paths : ["."]).map((p) => import_node_path6.default.resolve(cwd, p));
  if (!opts.source) {
    const missing = (opts.paths ?? []).filter((p) => !lexists(import_node_path6.default.resolve(cwd, p)));
    if (missing.length) throw new UsageError(`scan: no such file or directory: ${missing.join(", ")}`);
  }
  const start = commonDir(absPaths.filter((p) => (0, import_node_fs7.existsSync)(p)), cwd);
  const env = opts.env ?? process.env;
  const repo = opts.root ?? await repositoryRoot(start, env);
  const root = repo ?? (opts.paths?.length ? start : cwd);
  const prefix = root.endsWith(import_node_path6.default.sep) ? root : root + import_node_path6.default.sep;
  const outside = absPaths.find((p) => p !== root && !p.startsWith(prefix));
  if (outside) throw new UsageError(`scan: ${outside} is outside ${repo ? "the repository" : "the scanned folder"} ${root}; scan it on its own`);
  const configStart = start;
  const config = await loadConfig(root, opts.configPath, configStart);
  requireCustomExamples(config);
  const baselineFile = opts.baselinePath ? import_node_path6.default.resolve(cwd, opts.baselinePath) : config.baseline;
  const setup = { root, configStart, env: plainEnv(env), wholeFiles: opts.wholeFiles };
  if (opts.configPath) setup.configPath = opts.configPath;
  if (baselineFile) setup.baselineFile = baselineFile;
  const engine = engineFor(setup, config);
  const source = opts.source ?? treeSource(root, absPaths, repo !== void 0 ? new Git(root, env) : void 0, config.maxFileSize);
  const result = {
    findings: [],
    summary: { files: 0, bytes: 0, skipped: [], findings: 0, durationMs: 0 },
    safe: [],
    warnings: [],
    root,
    config,
    inGit: repo !== void 0
  };
  result.warnings.push(...config.notes ?? []);
  const ownFiles = new Set([config.file, baselineFile].filter(Boolean).map((f) => toRepoPath(root, f)));
  const add = (o) => {
    if ("skipped" in o) {
      result.summary.skipped.push(o.skipped);
      return;
    }
    const r2 = o.result;
    result.summary.files++;
    result.summary.bytes += r2.bytes;
    result.warnings.push(...r2.warnings);
    result.safe.push(...r2.safe);
    result.findings.push(...r2.findings);
  };
  const own = (x) => "path" in x && ownFiles.has(x.path);
  if (source.tasks) {
    await scanTasks(source.tasks(), setup, env, (t) => own(t), config.maxFileSize, (item) => scanItem(engine, item, config.maxFileSize, opts.wholeFiles), add);
  } else {
    for await (const item of source.items()) if (!own(item)) add(scanItem(engine, item, config.maxFileSize, opts.wholeFiles));
  }
  result.summary.range = source.info.range;
  result.summary.commits = source.info.commits;
  result.summary.findings = result.findings.length;
  result.summary.durationMs = Number((process.hrtime.bigint() - t0) / 1000000n);
  return result;
}
async function scanTasks(tasks, setup, env, skip, maxFileSize, scanHere, add) {
  const pool = await Promise.resolve().then(() => (init_pool(), pool_exports));
  const plan = pool.workerPlan(env);
  const script = plan.workers > 1 ? pool.workerScript() : void 0;
  const it = tasks[Symbol.asyncIterator]();
  const head = [];
  let ended = false;
  if (script && !plan.forced) {
    while (head.length < pool.MIN_TASKS) {
      const r2 = await it.next();
      if (r2.done) {
        ended = true;
        break;
      }
      head.push(r2.value);
    }
  }
  const all = async function* () {
    for (const t of head) if (!skip(t)) yield t;
    if (ended) return;
    for (let r2 = await it.next(); !r2.done; r2 = await it.next()) if (!skip(r2.value)) yield r2.value;
  };
  if (script && !ended) {
    await pool.runPool(script, setup, plan.workers, all(), add);
    return;
  }
  for await (const item of readTasks(all(), new TaskReader(new Git(setup.root, env), maxFileSize))) add(scanHere(item));
}
function plainEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0) out[k] = v;
  return out;
}
function lexists(p) {
  try {
    (0, import_node_fs7.lstatSync)(p);
    return true;
  } catch {
    return false;
  }
}
function requireCustomExamples(config) {
  if (config.customRules.length === 0) return;
  const rules = effectiveRules(config);
  const active = new Set(rules.map((r2) => r2.id));
  const problems = exampleProblems(rules, config.customRules.filter((r2) => active.has(r2.id)));
  if (problems.length) throw new ConfigError(problems);
}
function commonDir(paths, root) {
  if (paths.length === 0) return root;
  const dirs = paths.map((p) => (0, import_node_fs7.statSync)(p).isDirectory() ? p : import_node_path6.default.dirname(p));
  let common = dirs[0];
  for (const d of dirs.slice(1)) while (!(d + import_node_path6.default.sep).startsWith(common + import_node_path6.default.sep) && common !== import_node_path6.default.dirname(common)) common = import_node_path6.default.dirname(common);
  return common;
}
var import_node_fs7, import_node_path6;
var init_scan = __esm({
  "src/scan.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs7 = require("node:fs");
    import_node_path6 = __toESM(require("node:path"), 1);
    init_errors();
    init_load2();
    init_examples();
    init_baseline();
    init_files();
    init_git_client();
    init_tasks();
    init_item();
  }
});

// src/exit-code.ts
function countBySeverity(findings) {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}
function unscannable(skipped) {
  return skipped.filter((s) => s.unscannable);
}
function exitCode(findings, skipped, policy) {
  if (policy.failOnFindings !== false) {
    const c = countBySeverity(findings);
    if (c.errors > 0) return 1;
    if (policy.maxWarnings !== void 0 && c.warnings > policy.maxWarnings) return 1;
  }
  if (policy.failOnUnscannable && unscannable(skipped).length > 0) return 2;
  return 0;
}
var init_exit_code = __esm({
  "src/exit-code.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
  }
});

// src/report/mask.ts
function mask(secret) {
  const s = secret.trim();
  if (s === "") return "";
  const prefix = PREFIXES.map((p) => p.exec(s)?.[0]).find(Boolean);
  if (prefix && prefix.length < s.length) return `${prefix}********`;
  const shown = Math.min(4, Math.floor(s.length / 4));
  return `${s.slice(0, shown).replace(/[\r\n]/g, "")}********`;
}
function redact(findings, showSecrets) {
  if (showSecrets) return findings;
  return findings.map((f) => ({ ...f, secret: mask(f.secret) }));
}
function maskIn(text, secrets) {
  let out = text;
  const parts = [...new Set(secrets)].filter((p) => p.trim().length >= 4).sort((a, b) => b.length - a.length);
  for (const p of parts) out = out.split(p).join(mask(p));
  return out;
}
var PREFIXES;
var init_mask = __esm({
  "src/report/mask.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    PREFIXES = [
      /^-----BEGIN [A-Z ]*PRIVATE KEY-----/,
      /^github_pat_/,
      /^gh[pousr]_/,
      /^glpat-/,
      /^xox[abposr]-/,
      /^sk_(?:live|test)_/,
      /^rk_(?:live|test)_/,
      /^hv[sbr]\./,
      /^(?:AKIA|ASIA|AIza)/,
      /^eyJ/,
      /^npm_/,
      /^pypi-/
    ];
  }
});

// src/rules/rotation.ts
function rotationLink(credential) {
  if (!credential) return void 0;
  if (!links) {
    links = /* @__PURE__ */ new Map();
    for (const r2 of loadBuiltinRules()) if (r2.credential && r2.rotate && !links.has(r2.credential)) links.set(r2.credential, r2.rotate);
  }
  return links.get(credential);
}
var links;
var init_rotation = __esm({
  "src/rules/rotation.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_load();
  }
});

// src/report/command.ts
function shellWord(word) {
  if (word !== "" && PLAIN.test(word)) return word;
  if (!CONTROL.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`;
  const body = word.replace(/[\\'\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c === "\\" || c === "'") return `\\${c}`;
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `$'${body}'`;
}
function option(name, value) {
  return value.startsWith("-") ? `--${name}=${shellWord(value)}` : `--${name} ${shellWord(value)}`;
}
function command(program, options, paths) {
  return [...program, ...options, "--", ...paths.map(shellWord)].join(" ");
}
function fixCommand(kind, files, t = {}) {
  const value = (name, v, placeholder) => v === void 0 ? `--${name} ${placeholder}` : option(name, v);
  const opts = kind === "seal" ? ["--seal", value("cert", t.cert, CERT_PLACEHOLDER), ...t.scope ? [option("scope", t.scope)] : []] : ["--external", value("store", t.store, STORE_PLACEHOLDER), ...t.storeKind ? [option("store-kind", t.storeKind)] : []];
  return command(["sealgate", "fix"], opts, files);
}
function fixCommands(f, t = {}) {
  return ["seal", "external"].filter((k) => f.fix?.includes(k)).map((k) => fixCommand(k, [f.file], t));
}
function preferredFix(fix, t) {
  if (!fix?.length) return void 0;
  if (fix.includes("seal") && (t.cert || !t.store || !fix.includes("external"))) return "seal";
  return fix.includes("external") ? "external" : void 0;
}
var PLAIN, CONTROL, CERT_PLACEHOLDER, STORE_PLACEHOLDER;
var init_command = __esm({
  "src/report/command.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    PLAIN = /^[A-Za-z0-9_./:@%+=,-]+$/;
    CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
    CERT_PLACEHOLDER = "<controller-cert.pem>";
    STORE_PLACEHOLDER = "<secret-store>";
  }
});

// src/report/escape.ts
function showControl(s) {
  return s.replace(CONTROL2, (c) => NAMED[c] ?? (c.charCodeAt(0) < 256 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}
function hex(c, width) {
  return c.charCodeAt(0).toString(16).padStart(width, "0");
}
function logLine(s) {
  return showControl(s).replace(COMMAND_START, "$1%3A%3A");
}
function neutralizeCommands(text) {
  return text.replace(/(^|[\r\n])([^\S\r\n]*)::/g, "$1$2%3A%3A");
}
function logLines(s) {
  return s.split("\n").map((l) => logLine(l)).join("\n");
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(name, props, message) {
  const p = Object.entries(props).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${p ? ` ${p}` : ""}::${escapeData(message)}`;
}
var CONTROL2, NAMED, COMMAND_START;
var init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    CONTROL2 = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "\x1B": "\\e", "\0": "\\0" };
    COMMAND_START = /^(\s*)::/;
  }
});

// src/report/text.ts
var text_exports = {};
__export(text_exports, {
  formatText: () => formatText
});
function size(bytes2) {
  return bytes2 < 1024 ? `${bytes2} B` : bytes2 < 1 << 20 ? `${(bytes2 / 1024).toFixed(1)} KB` : `${(bytes2 / (1 << 20)).toFixed(1)} MB`;
}
function formatText(result, defaults = {}) {
  const lines2 = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const key = f.commit ? `${f.file} @ ${f.commit.sha.slice(0, 12)} (${f.commit.author}, ${f.commit.date.slice(0, 10)})` : f.file;
    const group2 = byFile.get(key);
    if (group2) group2.push(f);
    else byFile.set(key, [f]);
  }
  for (const [file, findings] of byFile) {
    lines2.push(file);
    for (const f of findings) {
      lines2.push(`  ${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`);
      const about = [f.credential, f.decoded && `inside a ${f.decoded} value`].filter(Boolean).join(", ");
      if (f.secret) lines2.push(`      secret: ${f.secret}${about ? ` (${about})` : ""}`);
      const rotate = rotationLink(f.credential);
      if (rotate) lines2.push(`      rotate: ${rotate}`);
      for (const c2 of fixCommands(f, defaults)) lines2.push(`      fix:    ${c2}`);
    }
    lines2.push("");
  }
  const s = result.summary;
  const c = countBySeverity(result.findings);
  const scanned = `${s.files} file${s.files === 1 ? "" : "s"}, ${size(s.bytes)}${s.commits !== void 0 ? `, ${s.commits} commit${s.commits === 1 ? "" : "s"} (${s.range})` : ""} scanned in ${s.durationMs} ms`;
  if (s.skipped.length) {
    lines2.push(`Skipped ${s.skipped.length} file${s.skipped.length === 1 ? "" : "s"}:`);
    for (const k of s.skipped.slice(0, 20)) lines2.push(`  ${k.file}: ${k.reason}`);
    if (s.skipped.length > 20) lines2.push(`  \u2026 and ${s.skipped.length - 20} more (see --format json)`);
    lines2.push("");
  }
  if (result.findings.length === 0) {
    lines2.push(`\u2714 no secrets found (${scanned})`);
  } else {
    lines2.push(`\u2716 ${c.errors} blocking finding${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}${c.notes ? `, ${c.notes} note${c.notes === 1 ? "" : "s"}` : ""} (${scanned})`);
    lines2.push("");
    lines2.push("Why it matters: anything committed is readable by everyone who can clone the repository, and stays in");
    lines2.push("its history after it is deleted.");
    lines2.push("");
    lines2.push("What to do:");
    lines2.push("  - Plaintext Secrets: rewrite them with the fix command above (SealedSecret or ExternalSecret).");
    lines2.push("  - Other credentials: move the value to a Secret or your secret store and reference it.");
    lines2.push("  - A value that was ever committed is in Git history: rotate it.");
    lines2.push("  - A false positive: add '# sealgate:allow' on the line (or '# sealgate:allow-next-line' above it),");
    lines2.push("    or record today's findings with 'sealgate baseline'.");
  }
  return lines2.map(logLine).join("\n") + "\n";
}
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_rotation();
    init_command();
    init_escape();
    init_exit_code();
  }
});

// src/version.ts
var VERSION;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    VERSION = "0.1.0";
  }
});

// src/report/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
function formatJson(result, defaults = {}) {
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...f.resource ? { resource: f.resource } : {},
    secret: f.secret,
    fingerprint: f.fingerprint,
    ...f.fix ? { fix: f.fix, fixCommands: fixCommands(f, defaults) } : {},
    ...f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {},
    offset: f.offset,
    ...f.document ? { document: f.document } : {},
    ...f.credential ? { credential: f.credential } : {},
    ...rotationLink(f.credential) ? { rotate: rotationLink(f.credential) } : {},
    ...f.decoded ? { decoded: f.decoded } : {}
  }));
  const s = result.summary;
  return JSON.stringify(
    {
      version: 1,
      tool: { name: "sealgate", version: VERSION },
      findings,
      summary: {
        files: s.files,
        bytes: s.bytes,
        skipped: s.skipped.map((x) => ({ file: x.file, reason: x.reason, ...x.commit ? { commit: x.commit } : {} })),
        findings: s.findings,
        durationMs: s.durationMs,
        ...s.range !== void 0 ? { range: s.range, commits: s.commits } : {}
      }
    },
    null,
    2
  ) + "\n";
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_version();
    init_command();
    init_rotation();
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  formatAuditSarif: () => formatAuditSarif,
  formatSarif: () => formatSarif
});
function writeSarif(items, run2) {
  const version = run2.version ?? VERSION;
  const used = [...new Set(items.map((i) => i.ruleId))];
  if (run2.sortRules) used.sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const driverRules = used.map((id) => {
    const r2 = run2.rule(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
      shortDescription: { text: r2.description },
      fullDescription: { text: r2.description },
      defaultConfiguration: { level: LEVEL[r2.severity ?? "error"] },
      help: { text: `${r2.description}. Move the value out of Git (sealgate fix) and rotate it if it was ever committed: a committed value stays in history.${r2.helpUri ? ` How to rotate it: ${r2.helpUri}` : ""}` },
      ...r2.helpUri ? { helpUri: r2.helpUri } : {},
      properties: { tags: ["security", "secret"] }
    };
  });
  const results = items.map((i) => ({
    ruleId: i.ruleId,
    ruleIndex: index.get(i.ruleId),
    level: LEVEL[i.severity],
    message: { text: i.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(i.file), uriBaseId: "%SRCROOT%" }, region: i.region } }],
    partialFingerprints: { "sealgate/v1": i.fingerprint },
    properties: i.properties
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "sealgate", version, semanticVersion: version, informationUri: "https://github.com/sealgate/sealgate", rules: driverRules } },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root" } } },
        results,
        columnKind: "utf16CodeUnits",
        ...run2.properties ? { properties: run2.properties } : {}
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
function formatSarif(result, rules, defaults = {}) {
  const known = new Map(rules.map((r2) => [r2.id, r2]));
  const items = result.findings.map((f) => {
    const fixes = fixCommands(f, defaults);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: `${f.message}${fixes.length ? ` Fix: ${fixes.join(" or ")}` : ""}`,
      file: f.file,
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      fingerprint: f.fingerprint,
      properties: {
        secret: f.secret,
        ...f.resource ? { resource: f.resource } : {},
        ...f.credential ? { credential: f.credential } : {},
        ...rotationLink(f.credential) ? { rotate: rotationLink(f.credential) } : {},
        ...f.decoded ? { decoded: f.decoded } : {},
        ...f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {}
      }
    };
  });
  return writeSarif(items, { rule: (id) => ({ description: known.get(id)?.description ?? id, severity: known.get(id)?.severity, helpUri: known.get(id)?.rotate }) });
}
function formatAuditSarif(r2, descriptions = /* @__PURE__ */ new Map()) {
  const items = r2.entries.map((e) => {
    const where = e.status === "live" ? "live in HEAD" : "in history only: rotate it";
    const intro = e.introduced ? `; introduced in ${e.introduced.sha.slice(0, 12)} (${e.introduced.date.slice(0, 10)})` : "";
    return {
      ruleId: e.ruleId,
      severity: e.severity,
      message: `${e.message} (${where}${intro})${e.fixCommand ? `. Fix: ${e.fixCommand}` : ""}`,
      file: e.file,
      region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) },
      fingerprint: e.fingerprint,
      properties: {
        status: e.status,
        secret: e.secret,
        occurrences: e.occurrences,
        ...e.otherFiles.length ? { otherFiles: e.otherFiles } : {},
        ...e.resource ? { resource: e.resource } : {},
        ...e.credential ? { credential: e.credential } : {},
        ...rotationLink(e.credential) ? { rotate: rotationLink(e.credential) } : {},
        ...e.introduced ? { introduced: e.introduced } : {},
        ...e.removed ? { removed: e.removed } : {}
      }
    };
  });
  const description = (id) => descriptions.get(id) ?? r2.entries.find((e) => e.ruleId === id).message;
  const properties = { repository: r2.repository, ...r2.head ? { head: r2.head } : {}, history: r2.history, commitsScanned: r2.commitsScanned, summary: r2.summary };
  return writeSarif(items, { rule: (id) => ({ description: description(id) }), sortRules: true, properties, version: r2.tool.version });
}
var LEVEL;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_version();
    init_command();
    init_rotation();
    LEVEL = { error: "error", warning: "warning", note: "note" };
  }
});

// src/report/credential.ts
function credentialNote(f) {
  if (!f.credential) return "";
  const rotate = rotationLink(f.credential);
  const named = f.message.includes(f.credential) ? [] : [f.credential];
  const parts = [...named, ...rotate ? [`rotate: ${rotate}`] : []];
  return parts.length ? ` (${parts.join("; ")})` : "";
}
var init_credential = __esm({
  "src/report/credential.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_rotation();
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  formatGithub: () => formatGithub
});
function formatGithub(result) {
  return result.findings.map((f) => {
    const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    const props = { file: f.file, line: f.line, endLine: f.endLine, col: f.column, endColumn: f.endColumn, title: f.ruleId };
    return `${workflowCommand(level, props, `${f.message}${credentialNote(f)} (secret: ${f.secret})`)}
`;
  }).join("");
}
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_escape();
    init_credential();
  }
});

// src/report/index.ts
async function formatReport(result, format, opts = {}) {
  const safe = { ...result, findings: redact(result.findings, !!opts.showSecrets) };
  switch (format) {
    case "text":
      return (await Promise.resolve().then(() => (init_text(), text_exports))).formatText(safe, opts.fixDefaults);
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson(safe, opts.fixDefaults);
    case "sarif": {
      const rules = opts.rules ?? (await Promise.resolve().then(() => (init_load(), load_exports))).loadBuiltinRules();
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif(safe, rules, opts.fixDefaults);
    }
    case "github":
      return (await Promise.resolve().then(() => (init_github(), github_exports))).formatGithub(safe);
  }
}
var FORMATS;
var init_report = __esm({
  "src/report/index.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_mask();
    FORMATS = ["text", "json", "sarif", "github"];
  }
});

// src/cli/show-secrets.ts
function takeShowSecretsForce(args) {
  const force = args.includes(FORCE);
  return { args: force ? args.map((a) => a === FORCE ? "--show-secrets" : a) : args, force };
}
function checkShowSecrets(show, force, env, command2) {
  const ci = env.CI;
  if (show && !force && ci !== void 0 && ci !== "" && ci !== "false" && ci !== "0") {
    throw new UsageError(`${command2}: --show-secrets is refused when CI is set (values would stay in the CI log); use --show-secrets=force if you really mean it`);
  }
  return show;
}
var FORCE;
var init_show_secrets = __esm({
  "src/cli/show-secrets.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_errors();
    FORCE = "--show-secrets=force";
  }
});

// src/sources/stdin.ts
var stdin_exports = {};
__export(stdin_exports, {
  STDIN_NAME: () => STDIN_NAME,
  stdinSource: () => stdinSource
});
function stdinSource(bytes2) {
  return {
    info: {},
    async *items() {
      yield { path: STDIN_NAME, bytes: bytes2, origin: "stdin" };
    }
  };
}
var STDIN_NAME;
var init_stdin = __esm({
  "src/sources/stdin.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    STDIN_NAME = "stdin.yaml";
  }
});

// src/sources/staged-patch.ts
function parseStagedPatches(buf, start) {
  const text = buf.toString("latin1", start);
  const out = [];
  let pos = text.startsWith("diff --git ") ? 0 : sectionAfter(text, 0);
  while (pos >= 0) {
    const nextSection = sectionAfter(text, pos + 1);
    const end = nextSection < 0 ? text.length : nextSection;
    out.push(parseSection(buf, start, text, pos, end));
    pos = nextSection;
  }
  return out;
}
function sectionAfter(text, from) {
  const i = text.indexOf("\ndiff --git ", Math.max(0, from - 1));
  return i < 0 ? -1 : i + 1;
}
function parseSection(buf, base, text, pos, end) {
  const hunkAt = text.indexOf("\n@@ ", pos);
  if (hunkAt < 0 || hunkAt >= end) {
    const header2 = text.slice(pos, Math.min(end, pos + 64 * 1024));
    return { added: [], binary: header2.includes("\nBinary files ") || header2.includes("\nGIT binary patch") };
  }
  const headerEnd = lineEnd(text, hunkAt + 1, end);
  const m = HUNK2.exec(text.slice(hunkAt + 1, headerEnd));
  const parts = [];
  const added = [];
  let line = m ? Number(m[1]) - 1 : 0;
  let lastNew = false;
  let whole = m !== null && (m[1] === "1" || m[2] === "0");
  for (let i = headerEnd + 1; i < end; ) {
    const eol = lineEnd(text, i, end);
    const c = text.charCodeAt(i);
    if (c === 32 || c === 43) {
      line++;
      parts.push(buf.subarray(base + i + 1, base + Math.min(eol + 1, end)));
      if (c === 43) added.push(line);
      lastNew = true;
    } else if (c === 45) {
      lastNew = false;
    } else if (c === 92) {
      if (lastNew) {
        const last = parts[parts.length - 1];
        if (last[last.length - 1] === 10) parts[parts.length - 1] = last.subarray(0, last.length - 1);
      }
    } else if (c === 64) {
      whole = false;
    }
    i = eol + 1;
  }
  if (m && (m[2] === void 0 ? 1 : Number(m[2])) !== parts.length) whole = false;
  return { ...whole ? { content: Buffer.concat(parts) } : {}, added, binary: false };
}
function lineEnd(text, from, end) {
  const i = text.indexOf("\n", from);
  return i < 0 || i >= end ? end : i;
}
function isBlob(bytes2, id) {
  const algo = id.length === 64 ? "sha256" : id.length === 40 ? "sha1" : void 0;
  if (!algo) return false;
  return (0, import_node_crypto2.createHash)(algo).update(`blob ${bytes2.length}\0`).update(bytes2).digest("hex") === id;
}
var import_node_crypto2, WHOLE_FILE_CONTEXT, HUNK2;
var init_staged_patch = __esm({
  "src/sources/staged-patch.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto2 = require("node:crypto");
    WHOLE_FILE_CONTEXT = 1e8;
    HUNK2 = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  }
});

// src/sources/pushed-objects.ts
async function classifyPushed(git, pushed) {
  const out = { commits: [], trees: [], blobs: [] };
  if (pushed.length === 0) return out;
  const r2 = await git.run(["cat-file", "--batch-check=%(objectname) %(objecttype)"], pushed.map((p) => `${p.sha}^{}`).join("\n") + "\n");
  if (r2.code !== 0) throw new GitError(`--pre-push: git cat-file --batch-check failed: ${r2.stderr.trim().split("\n")[0]}`);
  const lines2 = r2.stdout.toString("utf8").split("\n");
  pushed.forEach((p, i) => {
    const m = /^([0-9a-f]{40,64}) (commit|tree|blob)$/.exec(lines2[i] ?? "");
    if (!m) {
      throw new GitError(`--pre-push: cannot tell what ${p.sha.slice(0, 12)} pushed to ${p.remoteRef} is (${(lines2[i] ?? "").trim() || "no answer"}); refusing the push`);
    }
    const object = { remoteRef: p.remoteRef, sha: m[1] };
    if (m[2] === "commit") out.commits.push(object.sha);
    else if (m[2] === "tree") out.trees.push(object);
    else out.blobs.push(object);
  });
  return out;
}
async function* objectTasks(git, c) {
  for (const t of c.trees) {
    for await (const task of commitTreeSource(git, t.sha).tasks()) {
      if (isTask(task) && task.kind === "blob") yield { ...task, path: `${t.remoteRef}:${task.path}`, origin: "range" };
      else if (isTask(task)) yield { ...task, path: `${t.remoteRef}:${task.path}` };
      else yield { ...task, file: `${t.remoteRef}:${task.file}` };
    }
  }
  for (const b of c.blobs) yield { kind: "blob", path: `${b.remoteRef}.yaml`, blob: b.sha, origin: "range" };
}
var init_pushed_objects = __esm({
  "src/sources/pushed-objects.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_tasks();
    init_errors();
    init_git();
  }
});

// src/sources/git.ts
var git_exports = {};
__export(git_exports, {
  MAX_BLOB: () => MAX_BLOB,
  commitTreeSource: () => commitTreeSource,
  historySource: () => historySource,
  parsePrePush: () => parsePrePush,
  parseRange: () => parseRange2,
  prePushSource: () => prePushSource,
  rangeSource: () => rangeSource,
  stagedSource: () => stagedSource
});
function isScannable(e) {
  if (e.status === "D" || e.status === "U" || e.status === "X") return false;
  if (ZERO.test(e.dstSha)) return false;
  return e.dstMode.startsWith("100");
}
function commitInfo(c) {
  const info = { sha: c.sha, author: c.author, date: c.date };
  if (c.email) info.email = c.email;
  return info;
}
function blobTask(e, patch, origin, commit2) {
  const t = { kind: "blob", path: e.path, blob: e.dstSha, origin };
  if (patch && !patch.binary && e.status !== "A") t.hunks = patch.hunks;
  if (commit2) t.commit = commit2;
  return t;
}
function stagedSource(git, opts = {}) {
  const info = {};
  const specs = opts.paths?.length ? ["--", ...opts.paths] : [];
  return {
    info,
    // No tasks(): a commit's staged files are few, and they come with the diff itself.
    async *items() {
      const out = await git.out(["diff", "--cached", ...STAGED_DIFF_OPTS, "--diff-filter=ACMRT", ...specs], "git diff --cached");
      const { entries, pos } = parseRaw(out, 0);
      const sections = alignSections(entries, parseStagedPatches(out, out[pos] === 0 ? pos + 1 : pos));
      const reader = new TaskReader(git, Infinity);
      try {
        const waiting = [];
        for (let i = 0; i < entries.length; i++) {
          const e = entries[i];
          if (!isScannable(e)) continue;
          const s = sections[i];
          if (s?.content && isBlob(s.content, e.dstSha)) waiting.push(stagedFragment(e, s.content, s.added));
          else waiting.push(reader.read(blobTask(e, s && { hunks: s.added.flatMap((n) => [n, 1]), binary: s.binary }, "staged")));
        }
        for (const w of waiting) yield await w;
      } finally {
        reader.close();
      }
    }
  };
}
function stagedFragment(e, bytes2, added) {
  if (isBinary(bytes2)) return { file: e.path, reason: "binary file" };
  const f = { path: e.path, bytes: bytes2, origin: "staged" };
  if (e.status !== "A") f.changedLines = new Set(added);
  return f;
}
function alignSections(entries, sections) {
  let k = 0;
  return entries.map((e) => {
    if (e.status === "T") k++;
    return sections[k++];
  });
}
function logTasks(git, info, opts) {
  return {
    async *[Symbol.asyncIterator]() {
      let revs = opts.revs;
      if (opts.prepare) {
        const p = await opts.prepare();
        if (!p) return;
        revs = p.revs;
      }
      info.commits = 0;
      const tail = [...opts.extra ?? [], ...revs, "--"];
      const patches = new PatchStream(git, tail);
      try {
        for await (const c of splitLog(git.stream([...RAW_LOG_OPTS, ...tail], "git log"))) {
          if (opts.forbidden?.has(c.sha)) throw new GitError(opts.forbiddenMessage?.(c.sha) ?? `commit ${c.sha} is not complete`);
          info.commits++;
          const commit2 = commitInfo(c);
          if (opts.onCommit) {
            opts.onCommit({
              sha: c.sha,
              parents: c.parents,
              author: c.author,
              email: c.email,
              date: c.date,
              changes: c.entries.map((e) => ({
                path: e.path,
                ...e.oldPath !== void 0 && e.status === "R" ? { oldPath: e.oldPath } : {},
                ...e.status === "D" || ZERO.test(e.dstSha) ? {} : { blob: e.dstSha }
              }))
            });
          }
          const scannable = c.entries.filter(isScannable);
          const edits = scannable.some((e) => e.status !== "A") ? await patches.of(c.sha) : void 0;
          for (const e of scannable) {
            if (e.status === "A") yield blobTask(e, void 0, opts.origin, commit2);
            else {
              const patch = edits?.get(e.path);
              yield blobTask(e, patch, opts.origin, commit2);
            }
          }
        }
      } finally {
        await patches.close();
      }
    }
  };
}
function logSource(git, info, opts) {
  return {
    info,
    tasks: () => logTasks(git, info, opts),
    items: () => readTasks(logTasks(git, info, opts), new TaskReader(git, Infinity))
  };
}
function short(sha) {
  return sha.slice(0, 12);
}
async function resolveCommit(git, rev, range, shallow) {
  if (rev.startsWith("-")) throw new UsageError(`--range ${range}: '${rev}' is not a revision`);
  const sha = await git.resolveCommit(rev);
  if (!sha) {
    const hint2 = await shallow() ? `; ${SHALLOW_HINT}` : "";
    throw new GitError(`--range ${range}: unknown revision '${rev}' (not a commit in this repository${hint2})`);
  }
  return sha;
}
function parseRange2(range) {
  const m = /^(.*?)\.\.\.?(.*)$/.exec(range);
  const base = (m ? m[1] : range) || "HEAD";
  const head = (m ? m[2] : "HEAD") || "HEAD";
  if (!range.trim() || /\s/.test(base + head)) throw new UsageError(`--range takes BASE..HEAD (got '${range}')`);
  return { base, head };
}
function rangeSource(git, range) {
  const info = { range };
  let shallowKnown;
  const shallow = async () => shallowKnown ??= await git.isShallow();
  const opts = {
    origin: "range",
    revs: [],
    prepare: async () => {
      const { base, head } = parseRange2(range);
      const baseSha = await resolveCommit(git, base, range, shallow);
      const headSha = await resolveCommit(git, head, range, shallow);
      const mergeBase = await git.text(["merge-base", baseSha, headSha], { allowFail: true });
      if (!mergeBase && await shallow()) {
        throw new GitError(`--range ${range}: no common history between ${short(baseSha)} and ${short(headSha)}; ${SHALLOW_HINT}`);
      }
      if (await shallow()) {
        opts.forbidden = await git.shallowCuts();
        opts.forbiddenMessage = (sha) => `--range ${range}: history is cut at ${short(sha)} inside the range; ${SHALLOW_HINT}`;
      }
      const from = mergeBase && mergeBase !== baseSha ? ` from merge base ${short(mergeBase)}` : "";
      info.range = `${range} (${short(baseSha)}..${short(headSha)}${from})`;
      return { revs: [headSha, "--not", baseSha] };
    }
  };
  return logSource(git, info, opts);
}
function parsePrePush(stdinText) {
  const updates = [];
  const lines2 = stdinText.split(/\r?\n/);
  lines2.forEach((line, i) => {
    if (!line.trim()) return;
    const parts = line.trim().split(/\s+/);
    const [localRef, localSha, remoteRef, remoteSha] = parts;
    if (parts.length !== 4 || !/^[0-9a-f]{40,64}$/.test(localSha) || !/^[0-9a-f]{40,64}$/.test(remoteSha)) {
      throw new UsageError(
        `--pre-push: line ${i + 1} of stdin is not '<local ref> <local sha> <remote ref> <remote sha>' (git passes these lines to a pre-push hook)`
      );
    }
    updates.push({ localRef, localSha, remoteRef, remoteSha });
  });
  return updates;
}
function prePushSource(git, stdinText) {
  const info = {};
  let updates = [];
  let classified;
  const classify = () => classified ??= (async () => {
    updates = parsePrePush(stdinText).filter((u) => !ZERO.test(u.localSha));
    return classifyPushed(git, updates.map((u) => ({ remoteRef: u.remoteRef, sha: u.localSha })));
  })();
  const opts = {
    origin: "range",
    revs: [],
    prepare: async () => {
      const { commits } = await classify();
      info.range = updates.length === 0 ? "nothing to push" : updates.map((u) => `${u.localRef} -> ${u.remoteRef}`).join(", ");
      if (commits.length === 0) {
        info.commits = 0;
        return void 0;
      }
      const known = updates.filter((u) => !ZERO.test(u.remoteSha)).map((u) => u.remoteSha);
      const check = known.length ? await git.run(["cat-file", "--batch-check"], known.map((s) => `${s}^{commit}`).join("\n") + "\n") : void 0;
      if (check && check.code !== 0) throw new GitError(`git cat-file --batch-check failed: ${gitComplaint(check.stderr)}`);
      const present2 = new Set(
        (check?.stdout.toString("utf8") ?? "").split("\n").map((l) => /^([0-9a-f]{40,64}) commit /.exec(l)?.[1]).filter((s) => !!s)
      );
      const exclude = known.filter((s) => present2.has(s));
      if (await git.isShallow()) {
        opts.forbidden = await git.shallowCuts();
        opts.forbiddenMessage = (sha) => `--pre-push: history is cut at ${short(sha)} (shallow clone); fetch the full history (git fetch --unshallow)`;
      }
      return { revs: [...new Set(commits), "--not", ...exclude, "--remotes"] };
    }
  };
  const tasks = async function* () {
    yield* objectTasks(git, await classify());
    yield* logTasks(git, info, opts);
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}
function historySource(git, opts = {}) {
  const info = { range: "all refs" };
  const logOpts = {
    origin: "history",
    revs: ["--all"],
    extra: ["--topo-order"],
    ...opts.onCommit ? { onCommit: opts.onCommit } : {},
    prepare: async () => {
      const head = await git.text(["rev-parse", "--verify", "--quiet", "HEAD"], { allowFail: true });
      const refs = head ? "HEAD" : await git.text(["for-each-ref", "--count=1", "--format=%(refname)"]);
      if (!refs) {
        info.commits = 0;
        return void 0;
      }
      return { revs: ["--all"] };
    }
  };
  return logSource(git, info, logOpts);
}
function commitTreeSource(git, rev = "HEAD") {
  const info = { range: rev };
  const tasks = async function* () {
    const r2 = await git.run(["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", rev]);
    if (r2.code !== 0) {
      if (rev === "HEAD" && /Not a valid object name|not a tree object|bad revision/i.test(r2.stderr)) return;
      throw new GitError(`git ls-tree ${rev} failed: ${gitComplaint(r2.stderr)}`);
    }
    const out = r2.stdout;
    for (let pos = 0; pos < out.length; ) {
      const end = out.indexOf(0, pos);
      const rec = out.toString("utf8", pos, end < 0 ? out.length : end);
      pos = end < 0 ? out.length : end + 1;
      const tab = rec.indexOf("	");
      const [mode = "", type = "", sha = ""] = rec.slice(0, tab).split(" ");
      if (type !== "blob" || !mode.startsWith("100")) continue;
      yield { kind: "blob", path: rec.slice(tab + 1), blob: sha, origin: "tree" };
    }
  };
  return { info, tasks, items: () => readTasks(tasks(), new TaskReader(git, Infinity)) };
}
var DIFF_OPTS, STAGED_DIFF_OPTS, LOG_COMMON, RAW_LOG_OPTS, PATCH_LOG_OPTS, ZERO, PatchStream, SHALLOW_HINT;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_decode();
    init_staged_patch();
    init_tasks();
    init_errors();
    init_git_client();
    init_pushed_objects();
    init_git_parse();
    DIFF_OPTS = [
      "-z",
      "--raw",
      "-p",
      "-U0",
      "--inter-hunk-context=0",
      "--no-abbrev",
      "-M",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--no-relative",
      "--submodule=short"
    ];
    STAGED_DIFF_OPTS = DIFF_OPTS.map((o) => o === "-U0" ? `-U${WHOLE_FILE_CONTEXT}` : o);
    LOG_COMMON = ["--root", "--diff-merges=first-parent", "--no-show-signature", "--encoding=UTF-8", LOG_FORMAT];
    RAW_LOG_OPTS = ["log", ...DIFF_OPTS.filter((o) => o !== "-p" && !o.startsWith("-U") && !o.startsWith("--inter-hunk")), ...LOG_COMMON];
    PATCH_LOG_OPTS = ["log", ...DIFF_OPTS, "--diff-filter=MRTC", ...LOG_COMMON];
    ZERO = /^0+$/;
    PatchStream = class {
      constructor(git, tail) {
        this.git = git;
        this.tail = tail;
      }
      git;
      tail;
      it;
      next;
      /** The patches of commit `sha` by new path. */
      async of(sha) {
        this.it ??= splitLog(this.git.stream([...PATCH_LOG_OPTS, ...this.tail], "git log -p"))[Symbol.asyncIterator]();
        for (; ; ) {
          if (!this.next) {
            const r2 = await this.it.next();
            if (r2.done) throw new GitError(`git log -p ended before commit ${sha} (the repository changed during the scan?)`);
            this.next = r2.value;
          }
          const c = this.next;
          this.next = void 0;
          if (c.sha !== sha) continue;
          const byPath = /* @__PURE__ */ new Map();
          c.entries.forEach((e, i) => byPath.set(e.path, c.patches[i]));
          return byPath;
        }
      }
      async close() {
        await this.it?.return?.(void 0);
      }
    };
    SHALLOW_HINT = "the clone is shallow: fetch the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)";
  }
});

// src/cli/commands/scan.ts
var scan_exports2 = {};
__export(scan_exports2, {
  SCAN_HELP: () => SCAN_HELP,
  default: () => scanCommand,
  exitCodeFor: () => exitCodeFor
});
async function scanCommand(argv, ctx) {
  const { args, force } = takeShowSecretsForce(argv);
  const p = parseOptions(args, OPTIONS, "scan");
  const showSecrets = checkShowSecrets(bool(p, "show-secrets"), force, ctx.env, "scan");
  if (bool(p, "help")) {
    ctx.out(SCAN_HELP);
    return 0;
  }
  const format = oneOf(str(p, "format"), FORMATS, "format") ?? "text";
  const maxWarnings = nonNegativeInt(str(p, "max-warnings"), "max-warnings");
  const modes = [bool(p, "staged"), str(p, "range") !== void 0, bool(p, "pre-push")].filter(Boolean).length;
  if (modes > 1) throw new UsageError("scan: --staged, --range and --pre-push cannot be combined");
  const ignored = bool(p, "pre-push") ? Math.min(2, p.positionals.length) : 0;
  if (modes === 1 && p.positionals.length > ignored) throw new UsageError("scan: PATH arguments cannot be combined with --staged, --range or --pre-push");
  const stdin = p.positionals.includes("-");
  if (stdin && (modes === 1 || p.positionals.length > 1)) throw new UsageError("scan: '-' (standard input) is scanned on its own");
  const source = stdin ? await stdinScan(ctx) : await gitSource(p.values, ctx);
  const result = await scan({
    cwd: ctx.cwd,
    paths: modes === 1 || stdin ? [] : p.positionals,
    source: source?.source,
    root: source?.root,
    configPath: str(p, "config"),
    baselinePath: str(p, "baseline"),
    wholeFiles: bool(p, "whole-files"),
    env: ctx.env
  });
  const fixDefaults = { cert: result.config.seal?.cert, store: result.config.external?.store };
  const report = await formatReport(result, format, { showSecrets, fixDefaults });
  const output = str(p, "output");
  if (output) (0, import_node_fs8.writeFileSync)(import_node_path7.default.resolve(ctx.cwd, output), report);
  else ctx.out(report);
  for (const w of result.warnings) ctx.err(`${logLine(`sealgate: warning: ${w}`)}
`);
  return exitCodeFor(result, maxWarnings, source !== void 0 || p.positionals.length > 0);
}
async function stdinScan(ctx) {
  const { stdinSource: stdinSource2 } = await Promise.resolve().then(() => (init_stdin(), stdin_exports));
  return { source: stdinSource2(Buffer.from(await ctx.readStdin(), "utf8")), root: await repositoryRoot(ctx.cwd, ctx.env) };
}
async function gitSource(values, ctx) {
  if (!values.staged && values.range === void 0 && !values["pre-push"]) return void 0;
  const root = await repositoryRoot(ctx.cwd, ctx.env);
  if (!root) throw new UsageError("scan: --staged, --range and --pre-push need a git repository");
  const repo = new Git(root, ctx.env);
  const sources = await Promise.resolve().then(() => (init_git(), git_exports));
  if (values.staged) return { source: sources.stagedSource(repo), root };
  if (values["pre-push"]) return { source: sources.prePushSource(repo, await ctx.readStdin()), root };
  const range = String(values.range);
  if (!range.includes("..")) throw new UsageError(`scan: --range takes BASE..HEAD (got '${range}')`);
  return { source: sources.rangeSource(repo, range), root };
}
function exitCodeFor(result, maxWarnings, hookMode) {
  return exitCode(result.findings, result.summary.skipped, { maxWarnings, failOnUnscannable: hookMode && result.config.failOnSkipped });
}
var import_node_fs8, import_node_path7, SCAN_HELP, OPTIONS;
var init_scan2 = __esm({
  "src/cli/commands/scan.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs8 = require("node:fs");
    import_node_path7 = __toESM(require("node:path"), 1);
    init_args();
    init_errors();
    init_scan();
    init_exit_code();
    init_report();
    init_escape();
    init_show_secrets();
    init_git_client();
    SCAN_HELP = `Usage: sealgate scan [PATH...] [options]

Scan files and folders of the working tree (default: .). In a git repository that means tracked
files and untracked files git does not ignore, plus any file named explicitly; elsewhere every
file, minus .git and node_modules. PATH '-' scans standard input (as stdin.yaml). A PATH that
does not exist, or a named file that cannot be scanned (over maxFileSize), is exit 2.

Modes (git):
  --staged                 scan what is staged in the index (what 'git commit' would record); this is
                           what the pre-commit hook runs
  --range BASE..HEAD       scan every commit of the range on its own (a secret added and later removed
                           is still reported: rotate it)
  --pre-push               read git's pre-push lines from stdin and scan the commits being pushed
  --whole-files            in these modes, also report untouched documents of touched files

Options:
  --format text|json|sarif|github   report format (default text)
  --output FILE            write the report to FILE instead of stdout
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  --baseline FILE          ignore findings whose fingerprints are in FILE
  --show-secrets           print secrets unmasked (masked by default; refused when CI is
                           set unless written --show-secrets=force)
  --max-warnings N         exit 1 also when warnings exceed N
  -h, --help               show this help

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, configuration or internal error.

Examples:
  sealgate scan k8s/                       scan one folder
  sealgate scan --staged                   pre-commit
  sealgate scan --range origin/main..HEAD --format sarif --output sealgate.sarif
`;
    OPTIONS = {
      format: { type: "string" },
      output: { type: "string" },
      config: { type: "string" },
      baseline: { type: "string" },
      "show-secrets": { type: "boolean" },
      "max-warnings": { type: "string" },
      staged: { type: "boolean" },
      range: { type: "string" },
      "pre-push": { type: "boolean" },
      "whole-files": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    };
  }
});

// src/audit/removed.ts
var removed_exports = {};
__export(removed_exports, {
  CommitGraph: () => CommitGraph,
  findRemovals: () => findRemovals
});
function holds(bytes2, secret) {
  if (bytes2.includes(secret)) return true;
  const b64 = Buffer.from(secret, "utf8").toString("base64");
  return b64.length >= 8 && bytes2.includes(b64.replace(/=+$/, ""));
}
async function findRemovals(git, graph, head, queries) {
  const out = queries.map(() => void 0);
  if (!head || queries.length === 0) return out;
  const headAncestors = graph.ancestors(head);
  const cat = git.catFile({ maxBytes: MAX_BLOB });
  try {
    for (let i = 0; i < Math.min(queries.length, MAX_ENTRIES); i++) {
      const q = queries[i];
      if (!headAncestors.has(q.commit)) continue;
      let file = q.file;
      const path23 = graph.descendantsWithin(q.commit, headAncestors);
      let checked = 0;
      for (const sha of path23) {
        const c = graph.get(sha);
        const change = c.changes.find((x) => x.path === file || x.oldPath === file);
        if (!change) continue;
        if (change.oldPath === file && change.path !== file) file = change.path;
        if (!change.blob) {
          out[i] = sha;
          break;
        }
        if (++checked > MAX_CANDIDATES) break;
        const obj = await cat.object(change.blob);
        if (obj && obj.bytes.length === obj.size && !holds(obj.bytes, q.secret)) {
          out[i] = sha;
          break;
        }
      }
    }
  } finally {
    cat.close();
  }
  return out;
}
var MAX_ENTRIES, MAX_CANDIDATES, CommitGraph;
var init_removed = __esm({
  "src/audit/removed.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_git();
    MAX_ENTRIES = 5e3;
    MAX_CANDIDATES = 200;
    CommitGraph = class {
      commits = /* @__PURE__ */ new Map();
      children;
      add(c) {
        this.commits.set(c.sha, { ...c, order: this.commits.size });
        this.children = void 0;
      }
      get(sha) {
        return this.commits.get(sha);
      }
      /** Position in the --topo-order stream: children come before their parents. */
      order(sha) {
        return this.commits.get(sha)?.order;
      }
      get size() {
        return this.commits.size;
      }
      /** Every commit reachable from `sha` (itself included). */
      ancestors(sha) {
        const seen = /* @__PURE__ */ new Set();
        const stack = [sha];
        while (stack.length) {
          const s = stack.pop();
          if (seen.has(s)) continue;
          const c = this.commits.get(s);
          if (!c) continue;
          seen.add(s);
          stack.push(...c.parents);
        }
        return seen;
      }
      childMap() {
        if (this.children) return this.children;
        const m = /* @__PURE__ */ new Map();
        for (const c of this.commits.values()) for (const p of c.parents) m.set(p, [...m.get(p) ?? [], c.sha]);
        this.children = m;
        return m;
      }
      /** Commits after `from` (excluded) that are also in `within`, oldest first (parents before children). */
      descendantsWithin(from, within) {
        const kids = this.childMap();
        const seen = /* @__PURE__ */ new Set();
        const stack = [...kids.get(from) ?? []];
        while (stack.length) {
          const s = stack.pop();
          if (seen.has(s) || !within.has(s)) continue;
          seen.add(s);
          stack.push(...kids.get(s) ?? []);
        }
        return [...seen].sort((a, b) => this.order(b) - this.order(a));
      }
    };
  }
});

// src/audit/collect.ts
var collect_exports = {};
__export(collect_exports, {
  collectAudit: () => collectAudit,
  fixCommandFor: () => fixCommandFor
});
async function collectAudit(root, opts) {
  const { scan: scan2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
  const sources = await Promise.resolve().then(() => (init_git(), git_exports));
  const client = await Promise.resolve().then(() => (init_git_client(), git_client_exports));
  const repo = await client.repositoryRoot(root, opts.env) !== void 0 ? new client.Git(root, opts.env) : void 0;
  const inGit = repo !== void 0;
  if (opts.history && !inGit) throw new GitError(`audit --history: ${root} is not a git repository`);
  const keep = pathFilter(opts.paths);
  const base = { cwd: root, env: opts.env, ...inGit ? { root } : {}, ...opts.configPath ? { configPath: opts.configPath } : {} };
  const results = [];
  const safeNow = [];
  const occurrences = [];
  let config;
  let head;
  if (repo) head = await repo.resolveCommit("HEAD");
  const wanted = opts.paths?.length ? opts.paths.map((p) => import_node_path8.default.join(root, p)) : [root];
  const changed = opts.history && head && repo ? await changedSinceHead(repo, keep) : void 0;
  const treePaths = changed ? changed.map((p) => import_node_path8.default.join(root, p)) : wanted;
  if (treePaths.length > 0) {
    const tree = await scan2({ ...base, paths: treePaths });
    config = tree.config;
    results.push(tree);
    safeNow.push(...tree.safe);
    for (const f of tree.findings) occurrences.push({ finding: f, live: true });
  }
  let commitsScanned = 0;
  const graph = new (await Promise.resolve().then(() => (init_removed(), removed_exports))).CommitGraph();
  if (opts.history && repo) {
    const atHead = await scan2({ ...base, source: filtered(sources.commitTreeSource(repo), keep) });
    config ??= atHead.config;
    results.push(atHead);
    safeNow.push(...atHead.safe);
    for (const f of atHead.findings) occurrences.push({ finding: f, live: true });
    const history = await scan2({ ...base, source: filtered(sources.historySource(repo, { onCommit: (c) => graph.add(c) }), keep) });
    results.push(history);
    commitsScanned = history.summary.commits ?? graph.size;
    for (const f of history.findings) occurrences.push({ finding: f, live: false });
  }
  const entries = await group(repo, occurrences, graph, head, config, opts.showSecrets === true);
  const safe = dedupeSafe(safeNow);
  const skipped = dedupeSkipped(results.flatMap((r2) => r2.summary.skipped));
  const live = entries.filter((e) => e.status === "live").length;
  return {
    version: 1,
    tool: { name: "sealgate", version: VERSION },
    repository: import_node_path8.default.basename(root),
    generatedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...head ? { head } : {},
    history: opts.history,
    commitsScanned,
    bytesScanned: results.reduce((t, r2) => t + r2.summary.bytes, 0),
    entries,
    safe,
    summary: {
      distinct: entries.length,
      live,
      historyOnly: entries.length - live,
      safe: safe.length,
      blocking: entries.filter((e) => e.severity === "error").length
    },
    skipped
  };
}
async function changedSinceHead(repo, keep) {
  const edited = await repo.run(["diff", "HEAD", "--name-only", "-z", "--no-renames", "--no-relative", "--no-ext-diff", "--diff-filter=d"]);
  const untracked = await repo.run(["ls-files", "--others", "--exclude-standard", "-z"]);
  if (edited.code !== 0 || untracked.code !== 0) return void 0;
  const files = [.../* @__PURE__ */ new Set([...edited.stdout.toString("utf8").split("\0"), ...untracked.stdout.toString("utf8").split("\0")])].filter(
    (f) => f !== "" && (!keep || keep(f))
  );
  return files.length > MAX_CHANGED ? void 0 : files;
}
function pathFilter(paths) {
  const prefixes = (paths ?? []).map((p) => p.split(import_node_path8.default.sep).join("/").replace(/\/+$/, "")).filter((p) => p !== "" && p !== ".");
  if (prefixes.length === 0) return void 0;
  return (file) => prefixes.some((p) => file === p || file.startsWith(`${p}/`));
}
function filtered(source, keep) {
  if (!keep) return source;
  return {
    info: source.info,
    async *items() {
      for await (const x of source.items()) if (keep(isSkipped(x) ? x.file : x.path)) yield x;
    }
  };
}
function older(a, b, order) {
  const ta = Date.parse(a.date);
  const tb = Date.parse(b.date);
  if (ta !== tb && Number.isFinite(ta) && Number.isFinite(tb)) return ta < tb;
  return (order(a.sha) ?? 0) > (order(b.sha) ?? 0);
}
function fixCommandFor(file, fix, config) {
  const target = { cert: config?.seal?.cert, store: config?.external?.store };
  const kind = preferredFix(fix, target);
  return kind ? fixCommand(kind, [file], target) : void 0;
}
async function group(repo, occurrences, graph, head, config, showSecrets) {
  const groups = /* @__PURE__ */ new Map();
  for (const o of occurrences) {
    const key = secretHash(o.finding.secret);
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  const order = (sha) => graph.order(sha);
  const entries = [];
  const raw = [];
  for (const g of groups.values()) {
    let introduced;
    for (const o of g) {
      const c = o.finding.commit;
      if (c && (!introduced || older(c, introduced.commit, order))) introduced = o.finding;
    }
    const liveOnes = g.filter((o) => o.live).map((o) => o.finding);
    const rep = liveOnes.sort((a, b) => SEVERITY_RANK2[b.severity] - SEVERITY_RANK2[a.severity] || a.file.localeCompare(b.file) || a.line - b.line)[0] ?? introduced ?? g[0].finding;
    const severity = g.reduce((s, o) => SEVERITY_RANK2[o.finding.severity] > SEVERITY_RANK2[s] ? o.finding.severity : s, "note");
    const places = new Set(g.map((o) => `${o.live ? "live" : o.finding.commit?.sha ?? ""}\0${o.finding.file}`));
    const files = [...new Set(g.map((o) => o.finding.file))].filter((f) => f !== rep.file).sort();
    const status = liveOnes.length > 0 ? "live" : "history";
    const entry = {
      ruleId: rep.ruleId,
      severity,
      message: rep.message,
      file: rep.file,
      line: rep.line,
      column: rep.column,
      ...rep.resource ? { resource: rep.resource } : {},
      ...rep.credential ? { credential: rep.credential } : {},
      secret: showSecrets ? rep.secret : mask(rep.secret),
      fingerprint: rep.fingerprint,
      status,
      ...introduced?.commit ? { introduced: introduced.commit } : {},
      occurrences: places.size,
      otherFiles: files,
      ...rep.fix ? { fix: rep.fix } : {}
    };
    if (status === "live") {
      const cmd = fixCommandFor(rep.file, rep.fix, config);
      if (cmd) entry.fixCommand = cmd;
    }
    entries.push(entry);
    raw.push(rep.secret);
  }
  const queries = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.status === "history" && e.introduced).map(({ e, i }) => ({ i, q: { commit: e.introduced.sha, file: e.file, secret: raw[i] } }));
  if (queries.length > 0 && repo) {
    const { findRemovals: findRemovals2 } = await Promise.resolve().then(() => (init_removed(), removed_exports));
    const removed = await findRemovals2(repo, graph, head, queries.map((x) => x.q));
    queries.forEach(({ i }, k) => {
      const sha = removed[k];
      const c = sha ? graph.get(sha) : void 0;
      if (c) entries[i].removed = { sha: c.sha, author: c.author, ...c.email ? { email: c.email } : {}, date: c.date };
    });
  }
  return entries.sort(
    (a, b) => (a.status === b.status ? 0 : a.status === "live" ? -1 : 1) || SEVERITY_RANK2[b.severity] - SEVERITY_RANK2[a.severity] || a.file.localeCompare(b.file) || a.line - b.line
  );
}
function dedupeSafe(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of list) seen.set(`${s.file}\0${s.kind}\0${s.namespace ?? ""}\0${s.name ?? ""}`, s);
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file));
}
function dedupeSkipped(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const s of list) {
    const key = `${s.file}\0${s.reason}`;
    if (!seen.has(key)) seen.set(key, { file: s.file, reason: s.reason });
  }
  return [...seen.values()];
}
var import_node_path8, SEVERITY_RANK2, MAX_CHANGED;
var init_collect = __esm({
  "src/audit/collect.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_command();
    import_node_path8 = __toESM(require("node:path"), 1);
    init_source();
    init_mask();
    init_fingerprint();
    init_version();
    init_errors();
    SEVERITY_RANK2 = { error: 3, warning: 2, note: 1 };
    MAX_CHANGED = 1e3;
  }
});

// src/audit/html-escape.ts
function visible(ch) {
  const code = ch.charCodeAt(0);
  if (code < 32) return String.fromCharCode(9216 + code);
  if (code === 127) return "\u2421";
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}
function esc(value) {
  if (value === void 0 || value === null) return "";
  const text = String(value).replace(INVISIBLE, visible).replace(/\t/g, " ");
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function num(n) {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "0";
}
var ENTITIES, INVISIBLE;
var init_html_escape = __esm({
  "src/audit/html-escape.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  }
});

// src/audit/html-charts.ts
function r(n) {
  return String(Math.round(n * 10) / 10);
}
function barChart(id, title, bars, footHtml = "") {
  if (bars.length === 0) return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><p class="empty">Nothing to chart.</p></figure>`;
  const max = Math.max(...bars.map((b) => b.live + b.history), 1);
  const rows = bars.map((b) => {
    const total = b.live + b.history;
    const wLive = b.live / max * 1e3;
    const wHist = b.history / max * 1e3;
    const tip = `${b.label}: ${num(total)} (${num(b.live)} live at HEAD, ${num(b.history)} history only)`;
    return `<li class="bar-row" data-label="${esc(b.label)}" data-live="${b.live}" data-history="${b.history}"${b.rest ? ` data-rest="${b.rest}"` : ""}><span class="bar-label" title="${esc(tip)}">${esc(b.label)}</span><svg class="bar" viewBox="0 0 1000 12" preserveAspectRatio="none" role="img" aria-label="${esc(tip)}"><title>${esc(tip)}</title>` + (b.live ? `<rect class="s-live" x="0" y="0" width="${r(wLive)}" height="12"/>` : "") + (b.history ? `<rect class="s-history" x="${r(wLive)}" y="0" width="${r(wHist)}" height="12"/>` : "") + `</svg><span class="bar-n">${num(total)}</span></li>`;
  });
  return `<figure class="chart" id="${esc(id)}"><figcaption>${esc(title)}</figcaption><ol class="bars">${rows.join("")}</ol>${footHtml}</figure>`;
}
function timelineChart(t) {
  const head = `<figure class="chart wide" id="chart-timeline"><figcaption>When secrets were introduced and removed, by month</figcaption>`;
  const undated = t.undated ? `<p class="note">${num(t.undated)} ${t.undated === 1 ? "secret has" : "secrets have"} no known introducing commit (not in the history scanned) and ${t.undated === 1 ? "is" : "are"} not on the timeline.</p>` : "";
  if (t.months.length === 0) return `${head}<p class="empty">No dated commits to chart.</p>${undated}</figure>`;
  const n = t.months.length;
  const maxIn = Math.max(...t.months.map((m) => m.introduced));
  const maxOut = Math.max(...t.months.map((m) => m.removed));
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP2 - BOTTOM;
  const scale = plotH / Math.max(maxIn + maxOut, 1);
  const y0 = TOP2 + maxIn * scale;
  const slot = plotW / n;
  const barW = Math.min(slot * 0.72, 36);
  const every = Math.ceil(n / 12);
  const parts = [];
  parts.push(`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${r(y0)}" y2="${r(y0)}"/>`);
  parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(y0 + 4)}" text-anchor="end">0</text>`);
  if (maxIn > 0) parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(TOP2 + 4)}" text-anchor="end">+${num(maxIn)}</text>`);
  if (maxOut > 0) parts.push(`<text class="tick" x="${LEFT - 6}" y="${r(TOP2 + plotH)}" text-anchor="end">\u2212${num(maxOut)}</text>`);
  t.months.forEach((m, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    const tip = `${m.month}: ${num(m.introduced)} introduced, ${num(m.removed)} removed`;
    parts.push(`<g class="month" data-month="${esc(m.month)}" data-introduced="${m.introduced}" data-removed="${m.removed}"><title>${esc(tip)}</title>`);
    parts.push(`<rect class="hit" x="${r(LEFT + i * slot)}" y="${TOP2}" width="${r(slot)}" height="${plotH}"/>`);
    if (m.introduced) parts.push(`<rect class="s-introduced" x="${r(x)}" y="${r(y0 - m.introduced * scale)}" width="${r(barW)}" height="${r(m.introduced * scale)}"/>`);
    if (m.removed) parts.push(`<rect class="s-removed" x="${r(x)}" y="${r(y0)}" width="${r(barW)}" height="${r(m.removed * scale)}"/>`);
    parts.push(`</g>`);
    if (i % every === 0) parts.push(`<text class="tick" x="${r(LEFT + i * slot + slot / 2)}" y="${H - 10}" text-anchor="middle">${esc(m.month)}</text>`);
  });
  const totalIn = t.months.reduce((s, m) => s + m.introduced, 0);
  const totalOut = t.months.reduce((s, m) => s + m.removed, 0);
  const label = `${num(totalIn)} secrets introduced and ${num(totalOut)} removed between ${t.months[0].month} and ${t.months[n - 1].month}`;
  const svg = `<div class="scroll"><svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${parts.join("")}</svg></div><p class="legend"><span class="key k-introduced"></span>introduced <span class="key k-removed"></span>removed from the tree</p>`;
  const rows = t.months.filter((m) => m.introduced || m.removed).map((m) => `<tr><td>${esc(m.month)}</td><td class="num">${num(m.introduced)}</td><td class="num">${num(m.removed)}</td></tr>`).join("");
  const table = `<details class="data"><summary>Timeline as a table</summary><table class="mini"><thead><tr><th scope="col">Month</th><th scope="col">Introduced</th><th scope="col">Removed</th></tr></thead><tbody>${rows}</tbody></table></details>`;
  return `${head}${svg}${undated}${table}</figure>`;
}
function progressBar(share, label) {
  const w = Math.max(0, Math.min(1, share)) * 1e3;
  return `<svg class="progress" viewBox="0 0 1000 14" preserveAspectRatio="none" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title><rect class="track" x="0" y="0" width="1000" height="14"/>` + (w > 0 ? `<rect class="s-safe" x="0" y="0" width="${r(w)}" height="14"/>` : "") + `</svg>`;
}
var W, H, LEFT, RIGHT, TOP2, BOTTOM;
var init_html_charts = __esm({
  "src/audit/html-charts.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_html_escape();
    W = 1e3;
    H = 230;
    LEFT = 40;
    RIGHT = 10;
    TOP2 = 16;
    BOTTOM = 30;
  }
});

// src/audit/html-stats.ts
function topFolder(file) {
  const slash = file.indexOf("/");
  return slash > 0 ? file.slice(0, slash) + "/" : "(root)";
}
function countBy(entries, key) {
  const bars = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const label = key(e);
    let bar = bars.get(label);
    if (!bar) bars.set(label, bar = { label, live: 0, history: 0 });
    if (e.status === "live") bar.live++;
    else bar.history++;
  }
  return [...bars.values()].sort((a, b) => b.live + b.history - (a.live + a.history) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
function byRule(entries) {
  return countBy(entries, (e) => e.ruleId);
}
function byFolder(entries) {
  return countBy(entries, (e) => topFolder(e.file));
}
function topBars(bars, limit) {
  if (bars.length <= limit) return bars;
  const kept = bars.slice(0, limit - 1);
  const cut = bars.slice(limit - 1);
  const other = { label: `${cut.length} others`, live: 0, history: 0, rest: cut.length };
  for (const b of cut) {
    other.live += b.live;
    other.history += b.history;
  }
  return [...kept, other];
}
function monthOf(isoDate) {
  const m = /^(\d{4})-(0[1-9]|1[0-2])/.exec(isoDate ?? "");
  return m ? `${m[1]}-${m[2]}` : void 0;
}
function nextMonth(month) {
  let y = Number(month.slice(0, 4));
  let m = Number(month.slice(5, 7)) + 1;
  if (m > 12) {
    m = 1;
    y++;
  }
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}
function timeline(entries) {
  const introduced = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  let undated = 0;
  for (const e of entries) {
    const inMonth = monthOf(e.introduced?.date);
    if (inMonth) introduced.set(inMonth, (introduced.get(inMonth) ?? 0) + 1);
    else undated++;
    const outMonth = monthOf(e.removed?.date);
    if (outMonth) removed.set(outMonth, (removed.get(outMonth) ?? 0) + 1);
  }
  const all = [...introduced.keys(), ...removed.keys()].sort();
  const months = [];
  if (all.length > 0) {
    const last = all[all.length - 1];
    let month = all[0];
    for (let guard = 0; guard < 600; guard++) {
      months.push({ month, introduced: introduced.get(month) ?? 0, removed: removed.get(month) ?? 0 });
      if (month >= last) break;
      month = nextMonth(month);
    }
    if (months[months.length - 1].month < last) {
      months.length = 0;
      for (const m of all.filter((x, i) => x !== all[i - 1])) months.push({ month: m, introduced: introduced.get(m) ?? 0, removed: removed.get(m) ?? 0 });
    }
  }
  return { months, undated };
}
function safeShare(summary) {
  const total = summary.safe + summary.live;
  return total === 0 ? 1 : summary.safe / total;
}
var init_html_stats = __esm({
  "src/audit/html-stats.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
  }
});

// src/audit/html-style.ts
var STYLE;
var init_html_style = __esm({
  "src/audit/html-style.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    STYLE = `
:root{--bg:#f6f7f9;--fg:#1c2230;--muted:#5d6678;--card:#fff;--border:#dfe3ea;--accent:#3451c6;
--live:#cf2f55;--history:#d98a00;--safe:#17925f;--introduced:#cf2f55;--removed:#17925f;--track:#e7eaf0;
--code:#eef1f6;--error:#cf2f55;--warning:#b87400;--note:#3a6fd8;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#14171d;--fg:#e4e7ee;--muted:#9aa3b5;--card:#1c2029;--border:#2e3441;
--accent:#8ea2ff;--live:#ff6b8b;--history:#ffb547;--safe:#3fcf8e;--introduced:#ff6b8b;--removed:#3fcf8e;--track:#2a303c;
--code:#262b36;--error:#ff6b8b;--warning:#ffb547;--note:#7ea6ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1280px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:1.5rem;margin:0 0 2px}
h2{font-size:1.1rem;margin:28px 0 10px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.92em}
.muted{color:var(--muted)}
.small{font-size:.85em}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header .meta{color:var(--muted);margin:0;overflow-wrap:anywhere}
header .meta code{color:var(--fg)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:12px;margin-top:18px}
.card{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:14px 16px;border-top:4px solid var(--border)}
.card .n{display:block;font-size:2.1rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.card .t{display:block;font-weight:600}
.card .d{display:block;color:var(--muted);font-size:.88em;margin-top:4px}
.card.m-distinct{border-top-color:var(--accent)}
.card.m-live{border-top-color:var(--live)}
.card.m-live .n{color:var(--live)}
.card.m-history{border-top-color:var(--history)}
.card.m-safe{border-top-color:var(--safe)}
.card.m-safe .n{color:var(--safe)}
.progress-block{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px;margin-top:12px}
.progress-block p{margin:0 0 8px}
svg.progress{display:block;width:100%;height:14px;border-radius:7px;margin-bottom:6px}
.track{fill:var(--track)}
.s-safe{fill:var(--safe)}
.s-live,.s-introduced{fill:var(--live)}
.s-history{fill:var(--history)}
.s-removed{fill:var(--removed)}
.hit{fill:transparent}
.month:hover .hit{fill:var(--track)}
.axis{stroke:var(--muted);stroke-width:1}
.tick{fill:var(--muted);font-size:13px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:12px}
.chart{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px;margin:0;min-width:0}
.chart.wide{grid-column:1/-1}
figcaption{font-weight:600;margin-bottom:8px}
.bars{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:fit-content(55%) minmax(60px,1fr) auto;column-gap:10px}
.bar-row{display:grid;grid-column:1/-1;grid-template-columns:subgrid;align-items:center;padding:2px 4px;border-radius:6px}
.js .bar-row:not([data-rest]){cursor:pointer}
.js .bar-row:not([data-rest]):hover,.bar-row:focus{background:var(--track);outline:none}
.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:.88em}
svg.bar{display:block;width:100%;height:12px}
.bar-n{text-align:right;font-variant-numeric:tabular-nums}
.bar-row[data-rest] .bar-label{font-family:inherit;color:var(--muted);font-style:italic}
.legend{margin:8px 0 0;color:var(--muted);font-size:.88em}
.key{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px;vertical-align:-1px}
.legend .key:first-child{margin-left:0}
.k-live,.k-introduced{background:var(--live)}
.k-history{background:var(--history)}
.k-removed{background:var(--removed)}
.k-safe{background:var(--safe)}
.scroll{overflow-x:auto}
svg.timeline{display:block;width:100%;min-width:680px;height:auto}
.note{color:var(--muted);font-size:.88em;margin:6px 0 0}
.empty{color:var(--muted);margin:4px 0}
details.data{margin-top:6px}
details summary{cursor:pointer;color:var(--accent)}
table.mini{border-collapse:collapse;margin-top:6px}
table.mini td,table.mini th{padding:2px 10px;border-bottom:1px solid var(--border);text-align:left}
.num{text-align:right;font-variant-numeric:tabular-nums}
.panel{background:var(--card);border:1px solid var(--border);border-radius:10px;padding:12px 16px}
.panel>p:first-child{margin-top:0}
.panel>p:last-child{margin-bottom:0}
pre.cmds{margin:8px 0 0;padding:10px 12px;background:var(--code);border-radius:8px;overflow-x:auto;white-space:pre}
.controls{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:flex-end;margin-bottom:10px}
.controls[hidden],.pager[hidden]{display:none}
.controls label{display:flex;flex-direction:column;font-size:.82em;color:var(--muted);gap:2px}
.controls input,.controls select{font:inherit;font-size:14px;color:var(--fg);background:var(--card);border:1px solid var(--border);border-radius:6px;padding:5px 8px;max-width:100%}
.controls input{width:260px}
.controls select{max-width:220px}
.count{margin:0 0 8px;color:var(--muted)}
.tablewrap{background:var(--card);border:1px solid var(--border);border-radius:10px;overflow-x:auto}
#findings{width:100%;border-collapse:collapse;font-size:13px}
#findings th{text-align:left;font-weight:600;padding:8px;border-bottom:2px solid var(--border);position:sticky;top:0;background:var(--card)}
#findings td{padding:7px 8px;border-bottom:1px solid var(--border);vertical-align:top}
#findings tbody tr:hover{background:color-mix(in srgb,var(--track) 45%,transparent)}
#findings th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer}
#findings th button::after{content:"\\2195";color:var(--muted);margin-left:4px;font-size:.9em}
#findings th[aria-sort=ascending] button::after{content:"\\2191";color:var(--accent)}
#findings th[aria-sort=descending] button::after{content:"\\2193";color:var(--accent)}
#findings code{background:var(--code);padding:1px 4px;border-radius:4px}
#findings .path{overflow-wrap:anywhere}
#findings .msg{color:var(--muted);font-size:.92em;margin-top:2px;max-width:28em}
#findings .cred{font-size:.88em;margin-top:2px}
#findings .cred a{margin-left:.4em}
#findings .secret{white-space:nowrap}
#findings .cmd{display:block;white-space:pre-wrap;overflow-wrap:anywhere;user-select:all;-webkit-user-select:all;min-width:12em}
#findings td:nth-child(2){min-width:9em}
#findings td:nth-child(3){min-width:10em}
#findings time{white-space:nowrap}
#findings td:nth-child(5){max-width:16em;overflow-wrap:anywhere}
#findings .none td{text-align:center;color:var(--muted);padding:20px}
.others ul{margin:4px 0 0;padding-left:18px}
.sev,.st{display:inline-block;padding:1px 7px;border-radius:999px;font-size:.85em;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.sev-error{color:var(--error)}
.sev-warning{color:var(--warning)}
.sev-note{color:var(--note)}
.st-live{color:#fff;background:var(--live);border-color:var(--live)}
.st-history{color:#1c2230;background:var(--history);border-color:var(--history)}
.copy{display:none;font:inherit;font-size:.82em;margin-top:4px;padding:2px 8px;border:1px solid var(--border);border-radius:6px;background:var(--card);color:var(--accent);cursor:pointer}
.js .copy{display:inline-block}
.pager{display:flex;align-items:center;gap:10px;justify-content:flex-end;margin-top:10px}
.pager button{font:inherit;padding:4px 12px;border:1px solid var(--border);border-radius:6px;background:var(--card);color:var(--fg);cursor:pointer}
.pager button:disabled{opacity:.45;cursor:default}
.js #findings tbody tr:nth-child(n+101){display:none}
ul.plain{margin:6px 0 0;padding-left:18px}
footer{margin-top:32px;color:var(--muted);font-size:.85em}
@media (max-width:900px){
main{padding:14px 12px 30px}
.controls input{width:100%}
.controls label{flex:1 1 140px}
.controls select{max-width:none}
.tablewrap{background:none;border:0;overflow:visible}
#findings,#findings tbody,#findings tr,#findings td{display:block;width:auto}
#findings thead{display:none}
.js #findings thead{display:block}
.js #findings thead tr{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.js #findings th{position:static;border:1px solid var(--border);border-radius:999px;padding:3px 10px;font-size:.9em}
#findings tr{background:var(--card);border:1px solid var(--border);border-radius:10px;margin-bottom:10px;padding:6px 12px}
#findings td{border:0;padding:4px 0 4px 7.2em;position:relative;max-width:none}
#findings td:nth-child(2),#findings td:nth-child(3),#findings td:nth-child(5){min-width:0;max-width:none}
#findings td::before{position:absolute;left:0;top:5px;width:6.8em;color:var(--muted);font-size:.85em}
#findings td:nth-child(1)::before{content:"Severity"}
#findings td:nth-child(2)::before{content:"Rule"}
#findings td:nth-child(3)::before{content:"File:line"}
#findings td:nth-child(4)::before{content:"Resource"}
#findings td:nth-child(5)::before{content:"Secret"}
#findings td:nth-child(6)::before{content:"Introduced"}
#findings td:nth-child(7)::before{content:"Status"}
#findings td:nth-child(8)::before{content:"Fix"}
#findings .none td{padding:14px 0}
#findings .none td::before{content:none}
#findings .msg{max-width:none}
.pager{justify-content:space-between}
}
@media print{.controls,.pager,.copy{display:none!important}}
`;
  }
});

// src/audit/html-table.ts
function sortEntries(entries) {
  return [...entries].sort(
    (a, b) => (SEVERITY_RANK3[a.severity] ?? 9) - (SEVERITY_RANK3[b.severity] ?? 9) || (a.status === b.status ? 0 : a.status === "live" ? -1 : 1) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line
  );
}
function shortSha(sha) {
  return sha.slice(0, 8);
}
function day(iso) {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}
function epoch(iso) {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(t) ? String(t) : "";
}
function commitHtml(c) {
  const who = c.email ? `${c.author} <${c.email}>` : c.author;
  return `<code class="sha" title="${esc(c.sha)}">${esc(shortSha(c.sha))}</code> <span class="who" title="${esc(who)}">${esc(c.author)}</span> <time datetime="${esc(c.date)}" title="${esc(c.date)}">${esc(day(c.date))}</time>`;
}
function resourceHtml(ref) {
  if (!ref) return '<span class="muted">\u2014</span>';
  const where = [ref.namespace, ref.name].filter((x) => x !== void 0 && x !== "").join("/");
  return `<span class="kind">${esc(ref.kind)}</span>` + (where ? ` <span class="rname">${esc(where)}</span>` : "") + (ref.key !== void 0 ? ` <span class="rkey">\xB7 ${esc(ref.key)}</span>` : "");
}
function locationHtml(e) {
  let html = `<code class="path">${esc(e.file)}</code><span class="line">:${esc(e.line)}</span>`;
  if (e.otherFiles.length > 0) {
    const items = e.otherFiles.map((f) => `<li><code class="path">${esc(f)}</code></li>`).join("");
    html += `<details class="others"><summary>+${num(e.otherFiles.length)} other ${e.otherFiles.length === 1 ? "file" : "files"}</summary><ul>${items}</ul></details>`;
  }
  if (e.occurrences > 1) html += `<div class="muted small">seen in ${num(e.occurrences)} places</div>`;
  return html;
}
function statusHtml(e) {
  if (e.status === "live") return '<span class="st st-live">live at HEAD</span>';
  const removed = e.removed ? `<div class="muted small">removed in ${commitHtml(e.removed)}</div>` : "";
  return `<span class="st st-history">history only: rotate</span>${removed}`;
}
function fixHtml(e) {
  if (e.fixCommand) {
    return `<code class="cmd">${esc(e.fixCommand)}</code><button type="button" class="copy" aria-label="Copy the fix command">Copy</button>`;
  }
  if (e.status === "history") return '<span class="muted">Rotate the value: it stays readable in git history.</span>';
  return '<span class="muted">Move the value to a secret store.</span>';
}
function credentialHtml(e) {
  if (!e.credential) return "";
  const rotate = rotationLink(e.credential);
  const link = rotate ? ` <a class="rotate" href="${esc(rotate)}" rel="noopener noreferrer" target="_blank">how to rotate it</a>` : "";
  return `<div class="cred">${esc(e.credential)}${link}</div>`;
}
function row(e) {
  const loc = `${e.file}:${String(e.line).padStart(9, "0")}`;
  return `<tr data-status="${e.status === "live" ? "live" : "history"}" data-severity="${esc(e.severity)}" data-rule="${esc(e.ruleId)}" data-folder="${esc(topFolder(e.file))}"><td data-s="${SEVERITY_RANK3[e.severity] ?? 9}"><span class="sev sev-${esc(e.severity)}">${esc(e.severity)}</span></td><td><code class="rule">${esc(e.ruleId)}</code><div class="msg">${esc(e.message)}</div>${credentialHtml(e)}</td><td data-s="${esc(loc)}">${locationHtml(e)}</td><td>${resourceHtml(e.resource)}</td><td><code class="secret">${esc(e.secret)}</code></td><td data-s="${epoch(e.introduced?.date)}">${e.introduced ? commitHtml(e.introduced) : '<span class="muted">working tree</span>'}</td><td data-s="${e.status === "live" ? 0 : 1}">${statusHtml(e)}</td><td>${fixHtml(e)}</td></tr>`;
}
function findingsTable(entries) {
  const head = COLUMNS.map(
    (c) => `<th scope="col" data-key="${c.key}" data-type="${c.type}"><span class="th">${esc(c.title)}</span></th>`
  ).join("");
  const body = entries.length ? sortEntries(entries).map(row).join("\n") : `<tr class="none"><td colspan="${COLUMNS.length}">No secrets found.</td></tr>`;
  return `<table id="findings" data-total="${entries.length}"><caption class="sr-only">Every distinct secret found, one row each</caption><thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>`;
}
var SEVERITY_RANK3, COLUMNS;
var init_html_table = __esm({
  "src/audit/html-table.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_rotation();
    init_html_escape();
    init_html_stats();
    SEVERITY_RANK3 = { error: 0, warning: 1, note: 2 };
    COLUMNS = [
      { key: "severity", title: "Severity", type: "num" },
      { key: "rule", title: "Rule", type: "text" },
      { key: "location", title: "File:line", type: "text" },
      { key: "resource", title: "Resource", type: "text" },
      { key: "secret", title: "Secret", type: "text" },
      { key: "introduced", title: "Introduced", type: "num" },
      { key: "status", title: "Status", type: "num" },
      { key: "fix", title: "Fix", type: "text" }
    ];
  }
});

// src/audit/html.ts
var html_exports = {};
__export(html_exports, {
  renderAuditHtml: () => renderAuditHtml
});
function sha256(text) {
  return (0, import_node_crypto3.createHash)("sha256").update(text, "utf8").digest("base64");
}
function bytes(n) {
  if (n < 1024) return `${num(n)} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
function plural(n, one, many) {
  return `${num(n)} ${n === 1 ? one : many}`;
}
function header(r2) {
  const scope = r2.history ? `full history: ${plural(r2.commitsScanned, "commit", "commits")} scanned` : "working tree only (add <code>--history</code> to include past commits)";
  return `<header><h1>Secret audit of <code>${esc(r2.repository)}</code></h1><p class="meta">${r2.head ? `HEAD <code>${esc(r2.head.slice(0, 12))}</code> \xB7 ` : ""}${scope}, ${bytes(r2.bytesScanned)} read \xB7 generated <time datetime="${esc(r2.generatedAt)}">${esc(r2.generatedAt)}</time> by ${esc(r2.tool.name)} ${esc(r2.tool.version)}</p></header>`;
}
function card(metric, n, title, detail) {
  return `<div class="card m-${metric}" data-metric="${metric}"><span class="n">${num(n)}</span><span class="t">${esc(title)}</span><span class="d">${detail}</span></div>`;
}
function safeKinds(r2) {
  const kinds = /* @__PURE__ */ new Map();
  for (const s of r2.safe) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  if (kinds.size === 0) return "SealedSecrets, ExternalSecrets, SOPS and the like: none yet";
  return [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${esc(k)} ${num(n)}`).join(", ");
}
function headline(r2) {
  const s = r2.summary;
  const places = r2.entries.reduce((t, e) => t + e.occurrences, 0);
  const share = safeShare(s);
  const pct = Math.floor(share * 100);
  const verdict2 = s.live === 0 ? `<strong>No plaintext secret at HEAD.</strong>` : `<strong>${pct}% safe</strong>: ${plural(s.safe, "object keeps its values safe", "objects keep their values safe")}, ${plural(s.live, "plaintext secret is", "plaintext secrets are")} still live at HEAD.`;
  const label = `${pct}% of secret-carrying objects at HEAD are safe (${num(s.safe)} safe, ${num(s.live)} plaintext)`;
  const blocking = s.blocking ? `<p class="muted small" data-metric="blocking">${plural(s.blocking, "finding has", "findings have")} severity error and would block a commit.</p>` : "";
  return `<section id="headline" aria-label="Headline numbers"><div class="cards">` + card("distinct", s.distinct, "distinct secrets", `grouped by value; seen in ${plural(places, "place", "places")} across commits and files`) + card("live", s.live, "live at HEAD", "plaintext in the current tree: fix these now") + card("history", s.historyOnly, "in history only", "no longer in the tree but readable in git history: rotate") + card("safe", s.safe, "already safe", safeKinds(r2)) + `</div><div class="progress-block" data-share="${share.toFixed(4)}"><p>${verdict2} Progress toward zero plaintext:</p>${progressBar(share, label)}${blocking}</div></section>`;
}
function charts(entries) {
  const legend = `<p class="legend"><span class="key k-live"></span>live at HEAD <span class="key k-history"></span>history only</p>`;
  return `<section id="charts"><h2>Where the secrets are</h2><div class="charts">` + barChart("chart-rules", "Secrets by rule", topBars(byRule(entries), CHART_BARS), legend) + barChart("chart-folders", "Secrets by top-level folder", topBars(byFolder(entries), CHART_BARS), legend) + timelineChart(timeline(entries)) + `</div></section>`;
}
function fixAll(entries) {
  const commands = [...new Set(entries.filter((e) => e.status === "live" && e.fixCommand).map((e) => e.fixCommand))].sort();
  const history = entries.filter((e) => e.status === "history").length;
  if (commands.length === 0 && history === 0) return "";
  let html = `<section id="todo"><h2>What to do</h2><div class="panel">`;
  if (commands.length) {
    html += `<p>Repair the live plaintext Secrets (run from the repository root; each file is backed up under <code>.git/sealgate/backups/</code>):</p><pre class="cmds" id="fix-commands">${commands.map(esc).join("\n")}</pre><button type="button" class="copy" aria-label="Copy all fix commands">Copy</button>`;
  }
  if (history) {
    html += `<p>${plural(history, "secret is", "secrets are")} gone from the tree but still readable by anyone with a clone: revoke and rotate ${history === 1 ? "it" : "them"} at the issuer. Rewriting history does not help copies already made.</p>`;
  }
  return html + `</div></section>`;
}
function option2(value, label) {
  return `<option value="${esc(value)}">${esc(label)}</option>`;
}
function tableSection(entries) {
  const rules = byRule(entries).map((b) => b.label).sort();
  const folders = byFolder(entries).map((b) => b.label).sort();
  const controls = `<div class="controls" id="controls" hidden><label>Search<input type="search" id="q" placeholder="file, resource, author, commit\u2026" autocomplete="off"></label><label>Status<select id="f-status">${option2("", "all")}${option2("live", "live at HEAD")}${option2("history", "history only")}</select></label><label>Severity<select id="f-severity">${option2("", "all")}${option2("error", "error")}${option2("warning", "warning")}${option2("note", "note")}</select></label><label>Rule<select id="f-rule">${option2("", "all")}${rules.map((x) => option2(x, x)).join("")}</select></label><label>Folder<select id="f-folder">${option2("", "all")}${folders.map((x) => option2(x, x)).join("")}</select></label><label>Rows per page<select id="f-size">${option2("100", "100")}${option2("250", "250")}${option2("1000", "1,000")}${option2("0", "all")}</select></label></div>`;
  return `<section id="table-section"><h2>Every secret</h2>${controls}<p class="count" id="count" aria-live="polite">${plural(entries.length, "secret", "secrets")}, all shown.</p><div class="tablewrap">${findingsTable(entries)}</div><nav class="pager" id="pager" aria-label="Table pages" hidden><button type="button" id="prev">\u2039 Previous</button><span id="pageinfo"></span><button type="button" id="next">Next \u203A</button></nav></section>`;
}
function safeSection(r2) {
  if (r2.safe.length === 0) return "";
  const items = r2.safe.map((s) => {
    const where = [s.namespace, s.name].filter(Boolean).join("/");
    return `<li><strong>${esc(s.kind)}</strong>${where ? ` ${esc(where)}` : ""} in <code>${esc(s.file)}</code></li>`;
  }).join("");
  return `<section id="safe"><h2>Already safe</h2><details class="panel"><summary>${plural(r2.safe.length, "object keeps", "objects keep")} values out of plaintext (${safeKinds(r2)})</summary><ul class="plain">${items}</ul></details></section>`;
}
function skippedSection(r2) {
  if (r2.skipped.length === 0) return "";
  const items = r2.skipped.map((s) => `<li><code>${esc(s.file)}</code>: ${esc(s.reason)}</li>`).join("");
  return `<section id="skipped"><h2>Not scanned</h2><details class="panel" open><summary>${plural(r2.skipped.length, "file was", "files were")} skipped; secrets in ${r2.skipped.length === 1 ? "it" : "them"} would not be counted above</summary><ul class="plain">${items}</ul></details></section>`;
}
function renderAuditHtml(report) {
  const title = `Secret audit: ${report.repository}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${esc(`${report.tool.name} ${report.tool.version}`)}">
<title>${esc(title)}</title>
<style>${STYLE}</style>
<script>${SCRIPT}</script>
</head>
<body>
<main>
` + header(report) + headline(report) + charts(report.entries) + fixAll(report.entries) + tableSection(report.entries) + safeSection(report) + skippedSection(report) + `<footer>Secret values are masked unless the audit ran with <code>--show-secrets</code>. Generated by ${esc(report.tool.name)} ${esc(report.tool.version)}; this page loads nothing from the network.</footer>
</main>
</body>
</html>
`;
}
var import_node_crypto3, SCRIPT, CHART_BARS, CSP;
var init_html = __esm({
  "src/audit/html.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto3 = require("node:crypto");
    init_html_charts();
    init_html_escape();
    init_html_stats();
    init_html_style();
    init_html_table();
    SCRIPT = SEALGATE_AUDIT_SCRIPT;
    CHART_BARS = 15;
    CSP = [
      "default-src 'none'",
      `style-src 'sha256-${sha256(STYLE)}'`,
      `script-src 'sha256-${sha256(SCRIPT)}'`,
      "base-uri 'none'",
      "form-action 'none'"
    ].join("; ");
  }
});

// src/audit/text.ts
var text_exports2 = {};
__export(text_exports2, {
  renderAuditText: () => renderAuditText
});
function size2(bytes2) {
  return bytes2 < 1024 ? `${bytes2} B` : bytes2 < 1 << 20 ? `${(bytes2 / 1024).toFixed(1)} KB` : `${(bytes2 / (1 << 20)).toFixed(1)} MB`;
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function commit(c) {
  return `${c.sha.slice(0, 12)} (${c.author}, ${c.date.slice(0, 10)})`;
}
function block(e) {
  const out = [`  ${e.file}:${e.line}:${e.column}  ${e.severity.padEnd(7)}  ${e.message}  ${e.ruleId}`];
  out.push(`      secret:     ${e.secret}${e.credential ? ` (${e.credential})` : ""}`);
  const rotate = rotationLink(e.credential);
  if (rotate) out.push(`      rotate:     ${rotate}`);
  if (e.introduced) out.push(`      introduced: ${commit(e.introduced)}`);
  if (e.removed) out.push(`      removed:    ${commit(e.removed)}`);
  if (e.occurrences > 1 || e.otherFiles.length > 0) {
    const others = e.otherFiles.length ? `; also in ${e.otherFiles.slice(0, 3).join(", ")}${e.otherFiles.length > 3 ? ` and ${e.otherFiles.length - 3} more` : ""}` : "";
    out.push(`      seen in:    ${plural2(e.occurrences, "place")}${others}`);
  }
  if (e.fixCommand) out.push(`      fix:        ${e.fixCommand}`);
  return out;
}
function renderAuditText(r2) {
  const lines2 = [];
  const scope = r2.history ? `working tree, HEAD and ${plural2(r2.commitsScanned, "commit")} of history` : "working tree";
  lines2.push(`sealgate audit of ${r2.repository}${r2.head ? ` at ${r2.head.slice(0, 12)}` : ""}: ${scope}, ${size2(r2.bytesScanned)} read`);
  lines2.push("");
  const live = r2.entries.filter((e) => e.status === "live");
  const hist = r2.entries.filter((e) => e.status === "history");
  if (live.length) {
    lines2.push(`Live in HEAD (${live.length}): fix these, then rotate every value that was ever committed`);
    for (const e of live) lines2.push(...block(e), "");
  }
  if (hist.length) {
    lines2.push(`In history only: rotate (${hist.length}): gone from HEAD, but every clone still holds them`);
    for (const e of hist) lines2.push(...block(e), "");
  }
  if (r2.skipped.length) {
    lines2.push(`Skipped ${plural2(r2.skipped.length, "file")}:`);
    for (const s2 of r2.skipped.slice(0, 10)) lines2.push(`  ${s2.file}: ${s2.reason}`);
    if (r2.skipped.length > 10) lines2.push(`  \u2026 and ${r2.skipped.length - 10} more (see --format json)`);
    lines2.push("");
  }
  if (r2.safe.length) {
    const kinds = /* @__PURE__ */ new Map();
    for (const s2 of r2.safe) kinds.set(s2.kind, (kinds.get(s2.kind) ?? 0) + 1);
    lines2.push(`Safe objects: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")}`);
  }
  const s = r2.summary;
  if (s.distinct === 0) {
    lines2.push(`\u2714 no secrets found${r2.history ? " in the working tree, HEAD or history" : " (add --history to check past commits too)"}`);
  } else {
    lines2.push(
      `\u2716 ${plural2(s.distinct, "distinct secret")}: ${s.live} live in HEAD, ${s.historyOnly} in history only (rotate); ${s.blocking} blocking`
    );
    if (!r2.history) lines2.push("  Add --history to find secrets that past commits still hold.");
    if (s.historyOnly > 0) {
      lines2.push("  Rotating is the fix for history: revoke each value where it was issued. Rewriting history does not");
      lines2.push("  reach forks, clones or caches that already have it.");
    }
  }
  return lines2.map(logLine).join("\n") + "\n";
}
var init_text2 = __esm({
  "src/audit/text.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_rotation();
    init_escape();
  }
});

// src/cli/commands/audit.ts
var audit_exports = {};
__export(audit_exports, {
  AUDIT_HELP: () => AUDIT_HELP,
  default: () => auditCommand
});
async function auditCommand(argv, ctx) {
  const { args, force } = takeShowSecretsForce(argv);
  const p = parseOptions(args, OPTIONS2, "audit");
  const showSecrets = checkShowSecrets(bool(p, "show-secrets"), force, ctx.env, "audit");
  if (bool(p, "help")) {
    ctx.out(AUDIT_HELP);
    return 0;
  }
  const format = oneOf(str(p, "format"), FORMATS2, "format") ?? "text";
  if (p.positionals.length > 1) throw new UsageError(`audit: takes one PATH (got ${p.positionals.length}). Run 'sealgate audit --help'.`);
  const target = import_node_path9.default.resolve(ctx.cwd, p.positionals[0] ?? ".");
  if (!(0, import_node_fs9.existsSync)(target)) throw new UsageError(`audit: ${p.positionals[0]}: no such file or folder`);
  const dir = (0, import_node_fs9.statSync)(target).isDirectory() ? target : import_node_path9.default.dirname(target);
  const { repositoryRoot: repositoryRoot2 } = await Promise.resolve().then(() => (init_git_client(), git_client_exports));
  const repo = await repositoryRoot2(dir, ctx.env);
  if (bool(p, "history") && !repo) throw new UsageError(`audit: --history needs a git repository (${p.positionals[0] ?? "."} is not in one)`);
  const root = repo ?? dir;
  const rel2 = import_node_path9.default.relative(root, target).split(import_node_path9.default.sep).join("/");
  const config = str(p, "config");
  const { collectAudit: collectAudit2 } = await Promise.resolve().then(() => (init_collect(), collect_exports));
  const report = await collectAudit2(root, {
    history: bool(p, "history"),
    env: ctx.env,
    showSecrets,
    ...config ? { configPath: import_node_path9.default.resolve(ctx.cwd, config) } : {},
    ...rel2 && rel2 !== "." ? { paths: [rel2] } : {}
  });
  const text = await render(report, format);
  const output = str(p, "output");
  if (output) (0, import_node_fs9.writeFileSync)(import_node_path9.default.resolve(ctx.cwd, output), text);
  else ctx.out(text);
  const html = str(p, "html");
  if (html) {
    const { renderAuditHtml: renderAuditHtml2 } = await Promise.resolve().then(() => (init_html(), html_exports));
    (0, import_node_fs9.writeFileSync)(import_node_path9.default.resolve(ctx.cwd, html), renderAuditHtml2(report));
  }
  return report.summary.blocking > 0 ? 1 : 0;
}
async function render(report, format) {
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "sarif": {
      const { loadBuiltinRules: loadBuiltinRules2 } = await Promise.resolve().then(() => (init_load(), load_exports));
      const descriptions = new Map(loadBuiltinRules2().map((r2) => [r2.id, r2.description]));
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatAuditSarif(report, descriptions);
    }
    case "text":
      return (await Promise.resolve().then(() => (init_text2(), text_exports2))).renderAuditText(report);
  }
}
var import_node_fs9, import_node_path9, AUDIT_HELP, OPTIONS2, FORMATS2;
var init_audit = __esm({
  "src/cli/commands/audit.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_show_secrets();
    import_node_fs9 = require("node:fs");
    import_node_path9 = __toESM(require("node:path"), 1);
    init_args();
    init_errors();
    AUDIT_HELP = `Usage: sealgate audit [PATH] [options]

Audit a repository (default: the current one) for plaintext Kubernetes Secrets and credentials.
Without --history: the working tree, like 'sealgate scan'. With --history: also HEAD and every
commit reachable from any branch or tag, so secrets that were committed and later removed show up
too. Each distinct secret is reported once, with where it was introduced (commit, author, date) and
whether it is still live in HEAD or only in history (then it must be rotated).

Options:
  --history                also scan every commit reachable from all refs
  --format text|json|sarif report format (default text); json is the audit data model
  --output FILE            write the report to FILE instead of stdout
  --html FILE              also write a self-contained HTML report to FILE
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  --show-secrets           print secrets unmasked (masked by default; refused when CI is
                           set unless written --show-secrets=force)
  -h, --help               show this help

Exit codes: 0 nothing blocking, 1 blocking secrets live in HEAD or in history only (rotate them),
2 usage, configuration or git error.

Examples:
  sealgate audit --history
  sealgate audit --history --html audit.html
  sealgate audit k8s/ --format sarif --output audit.sarif
`;
    OPTIONS2 = {
      history: { type: "boolean" },
      format: { type: "string" },
      output: { type: "string" },
      html: { type: "string" },
      config: { type: "string" },
      "show-secrets": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    };
    FORMATS2 = ["text", "json", "sarif"];
  }
});

// src/fix/seal/crypto.ts
function scopeLabel(scope, namespace, name) {
  switch (scope) {
    case "cluster-wide":
      return Buffer.alloc(0);
    case "namespace-wide":
      if (!namespace) throw new Error("namespace-wide sealing needs a namespace");
      return Buffer.from(namespace, "utf8");
    case "strict":
      if (!namespace || !name) throw new Error("strict sealing needs a namespace and a name");
      return Buffer.from(`${namespace}/${name}`, "utf8");
  }
}
function hybridEncrypt(publicKey, label, value) {
  const sessionKey = (0, import_node_crypto4.randomBytes)(SESSION_KEY_BYTES);
  const wrapped = (0, import_node_crypto4.publicEncrypt)(
    { key: publicKey, padding: import_node_crypto4.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256", oaepLabel: label },
    sessionKey
  );
  if (wrapped.length > 65535) throw new Error("RSA ciphertext too long for the 16-bit length prefix");
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(wrapped.length, 0);
  const cipher = (0, import_node_crypto4.createCipheriv)("aes-256-gcm", sessionKey, ZERO_NONCE);
  const body = Buffer.concat([cipher.update(value), cipher.final()]);
  return Buffer.concat([prefix, wrapped, body, cipher.getAuthTag()]);
}
function sealValue(publicKey, label, value) {
  return hybridEncrypt(publicKey, label, value).toString("base64");
}
var import_node_crypto4, SCOPES, SESSION_KEY_BYTES, ZERO_NONCE;
var init_crypto = __esm({
  "src/fix/seal/crypto.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto4 = require("node:crypto");
    SCOPES = ["strict", "namespace-wide", "cluster-wide"];
    SESSION_KEY_BYTES = 32;
    ZERO_NONCE = Buffer.alloc(12);
  }
});

// src/fix/diff.ts
function lines(text) {
  const out = text.split(/(?<=\n)/);
  if (out.length && out[out.length - 1] === "") out.pop();
  return out;
}
function lcsOps(a, b) {
  if (a.length * b.length > 4e6) return [...a.map((line) => ({ kind: "-", line })), ...b.map((line) => ({ kind: "+", line }))];
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) for (let j2 = m - 1; j2 >= 0; j2--) dp[i2][j2] = a[i2] === b[j2] ? dp[i2 + 1][j2 + 1] + 1 : Math.max(dp[i2 + 1][j2], dp[i2][j2 + 1]);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] });
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) ops.push({ kind: "-", line: a[i++] });
    else ops.push({ kind: "+", line: b[j++] });
  }
  while (i < n) ops.push({ kind: "-", line: a[i++] });
  while (j < m) ops.push({ kind: "+", line: b[j++] });
  return ops;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const a = lines(before);
  const b = lines(after);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops = [
    ...a.slice(0, pre).map((line) => ({ kind: " ", line })),
    ...lcsOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)),
    ...a.slice(a.length - suf).map((line) => ({ kind: " ", line }))
  ];
  const out = [`--- a/${file}
`, `+++ b/${file}
`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k].kind === " ") k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - CONTEXT);
    let end = k;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let gap = end;
      while (gap < ops.length && ops[gap].kind === " ") gap++;
      if (gap < ops.length && gap - end <= 2 * CONTEXT) {
        end = gap;
        continue;
      }
      end = Math.min(ops.length, end + CONTEXT);
      break;
    }
    let aLine = 1;
    let bLine = 1;
    for (let x = 0; x < start; x++) {
      if (ops[x].kind !== "+") aLine++;
      if (ops[x].kind !== "-") bLine++;
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.kind !== "+").length;
    const bCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@
`);
    for (const o of hunk) out.push(o.kind + (o.line.endsWith("\n") ? o.line : `${o.line}
\\ No newline at end of file
`));
    k = end;
    start = end;
  }
  return out.join("");
}
var CONTEXT;
var init_diff = __esm({
  "src/fix/diff.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    CONTEXT = 3;
  }
});

// src/yaml/emit.ts
function toYaml(value) {
  return dump(value, { lineWidth: -1, noRefs: true });
}
function toJson(value) {
  return JSON.stringify(value, null, 2) + "\n";
}
var init_emit = __esm({
  "src/yaml/emit.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_js_yaml();
  }
});

// src/fix/apply.ts
function applyFixes(text, fixes) {
  const sorted2 = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let pos = 0;
  for (const f of sorted2) {
    const [start, end] = f.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length)) {
      throw new Error(`fix range [${start}, ${end}) is outside the text (length ${text.length})`);
    }
    if (start < pos) throw new Error(`fix ranges overlap at offset ${start}`);
    out += text.slice(pos, start) + f.text;
    pos = end;
  }
  return out + text.slice(pos);
}
function nextLineStart(text, at) {
  const m = /\r\n|\r|\n/g;
  m.lastIndex = at;
  const hit = m.exec(text);
  return hit ? hit.index + hit[0].length : -1;
}
function replaceDocument(text, doc, body, eol) {
  let lead = "";
  let trail = "";
  if (doc.root) {
    const first = doc.root.start;
    const firstLine = Math.max(text.lastIndexOf("\n", first - 1), text.lastIndexOf("\r", first - 1)) + 1;
    if (firstLine > doc.start && text.slice(doc.start, firstLine).split(LINE_BREAK).every((l) => COMMENT_LINE.test(l))) lead = text.slice(doc.start, firstLine);
    const last = lastOffset(doc.root);
    const nl = nextLineStart(text, last);
    const afterLine = nl < 0 || nl > doc.end ? doc.end : nl;
    const rest = text.slice(afterLine, doc.end);
    if (rest && rest.split(LINE_BREAK).every((l) => COMMENT_LINE.test(l))) trail = rest;
  }
  const sep = doc.start > 0 && text[doc.start - 1] !== "\n" && text[doc.start - 1] !== "\r" && !lead ? eol : "";
  return { range: [doc.start, doc.end], text: lead + sep + body + trail };
}
function lastOffset(node, seen = /* @__PURE__ */ new Set()) {
  if (node.type === "scalar") return node.end;
  if (seen.has(node)) return node.start;
  seen.add(node);
  let max = node.start;
  if (node.type === "seq") for (const i of node.items) max = Math.max(max, lastOffset(i, seen));
  else for (const p of node.pairs) max = Math.max(max, lastOffset(p.key, seen), lastOffset(p.value, seen));
  return max;
}
var COMMENT_LINE, LINE_BREAK;
var init_apply = __esm({
  "src/fix/apply.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    COMMENT_LINE = /^[ \t]*(#.*)?$/;
    LINE_BREAK = /\r\n|\r|\n/;
  }
});

// src/fix/namespace.ts
function kustomizationNamespace(root, dir) {
  let d = import_node_path10.default.resolve(dir);
  const top = import_node_path10.default.resolve(root);
  for (; ; ) {
    for (const name of ["kustomization.yaml", "kustomization.yml", "Kustomization"]) {
      const f = import_node_path10.default.join(d, name);
      if (!(0, import_node_fs10.existsSync)(f) || !(0, import_node_fs10.statSync)(f).isFile()) continue;
      const [doc] = parseManifest((0, import_node_fs10.readFileSync)(f, "utf8"), f);
      const value = doc?.value;
      const ns = value && typeof value === "object" && !Array.isArray(value) ? value.namespace : void 0;
      return typeof ns === "string" && ns ? ns : void 0;
    }
    if (d === top || !d.startsWith(top + import_node_path10.default.sep)) return void 0;
    d = import_node_path10.default.dirname(d);
  }
}
var import_node_fs10, import_node_path10;
var init_namespace = __esm({
  "src/fix/namespace.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs10 = require("node:fs");
    import_node_path10 = __toESM(require("node:path"), 1);
    init_documents();
  }
});

// src/fix/secret-model.ts
function stringMap(value, where) {
  if (value == null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new FixError(`${where} is not a map`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(value)) out[k] = v == null ? "" : String(v);
  return out;
}
function valuesMap(value, where) {
  if (value == null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new FixError(`${where} is not a map`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(value)) {
    if (v == null) out[k] = "";
    else if (typeof v === "string") out[k] = v;
    else throw new FixError(`${where}.${k} is a ${typeof v}, not a string: quote it in the manifest (the API server refuses it as it is)`);
  }
  return out;
}
function toSecretModel(obj) {
  const meta = obj.metadata ?? {};
  const name = meta.name;
  if (typeof name !== "string" || name === "") throw new FixError("the Secret has no metadata.name");
  const annotations = stringMap(meta.annotations, "metadata.annotations");
  for (const a of LAST_APPLIED_ANNOTATIONS) delete annotations[a];
  const entries = /* @__PURE__ */ new Map();
  const data = valuesMap(obj.data, "data");
  for (const [k, v] of Object.entries(data)) {
    const compact = v.replace(/[\r\n]/g, "");
    if (!STRICT_BASE64.test(compact) || compact.length % 4 !== 0) {
      throw new FixError(`data.${k} is not valid base64, so the API server would reject it; fix the value first`);
    }
    entries.set(k, Buffer.from(compact, "base64"));
  }
  for (const [k, v] of Object.entries(valuesMap(obj.stringData, "stringData"))) entries.set(k, Buffer.from(v, "utf8"));
  const sorted2 = new Map([...entries.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
  return {
    name,
    namespace: typeof meta.namespace === "string" && meta.namespace !== "" ? meta.namespace : void 0,
    type: typeof obj.type === "string" && obj.type !== "" ? obj.type : void 0,
    immutable: typeof obj.immutable === "boolean" ? obj.immutable : void 0,
    labels: stringMap(meta.labels, "metadata.labels"),
    annotations,
    finalizers: Array.isArray(meta.finalizers) ? meta.finalizers.map(String) : void 0,
    entries: sorted2,
    raw: obj
  };
}
var STRICT_BASE64;
var init_secret_model = __esm({
  "src/fix/secret-model.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_errors();
    init_constants();
    STRICT_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
  }
});

// src/fix/plan.ts
function isObj(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function isSecret(v) {
  return isObj(v) && v.kind === "Secret" && (v.apiVersion === void 0 || v.apiVersion === "v1");
}
function lineBreak(text) {
  if (text.includes("\r\n")) return "\r\n";
  return /\r(?!\n)/.test(text) ? "\r" : "\n";
}
function documentOf(docs, f, file) {
  const at = f.document;
  const doc = at ? docs.find((d) => d.index === at.index && d.start === at.start && d.end === at.end) : void 0;
  if (!doc) throw new FixError(`${file}:${f.line}: no YAML document at the finding; fix it by hand`);
  return doc;
}
async function planFile(ctx, file, fixable, all) {
  const abs = import_node_path11.default.join(ctx.root, file);
  let original;
  try {
    original = (0, import_node_fs11.readFileSync)(abs);
  } catch (e) {
    throw new FixError(`${file}: cannot read it (${e.code ?? "error"})`);
  }
  let text = original.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(original)) throw new FixError(`${file}: not valid UTF-8, so it cannot be rewritten safely; fix it by hand`);
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  text = text.slice(bom.length);
  const json = /\.json$/i.test(file);
  const eol = lineBreak(text);
  const docs = parseManifest(text, file);
  const rewriteCtx = { file, root: ctx.root, namespaceFallback: ctx.namespace ?? kustomizationNamespace(ctx.root, import_node_path11.default.dirname(abs)) };
  const targets = /* @__PURE__ */ new Map();
  for (const f of fixable) {
    const doc = documentOf(docs, f, file);
    targets.set(doc, [...targets.get(doc) ?? [], f]);
  }
  const fixes = [];
  const masks = [];
  let secrets = 0;
  for (const [doc, found] of targets) {
    if (doc.error) throw new FixError(`${file}: document ${doc.index + 1} is not valid YAML (${doc.error}); fix it by hand`);
    const value = doc.value;
    let objects;
    if (isSecret(value)) {
      objects = await rewrite(ctx.rewriter, value, rewriteCtx);
      secrets++;
      secretValueRanges(doc.root, masks);
    } else if (isObj(value) && value.kind === "List" && Array.isArray(value.items)) {
      const names = new Set(found.map((f) => f.resource?.name).filter((n) => !!n));
      const items = [];
      const itemNodes = get(doc.root, "items");
      for (const [i, item] of value.items.entries()) {
        const name = isSecret(item) && isObj(item.metadata) ? item.metadata.name : void 0;
        if (isSecret(item) && (names.size === 0 || typeof name === "string" && names.has(name))) {
          items.push(...await rewrite(ctx.rewriter, item, rewriteCtx));
          secrets++;
          secretValueRanges(itemNodes?.type === "seq" ? itemNodes.items[i] : void 0, masks);
        } else {
          items.push(item);
        }
      }
      objects = [{ ...value, items }];
    } else {
      const k = isObj(value) && typeof value.kind === "string" ? value.kind : "not a Kubernetes object";
      throw new FixError(`${file}:${found[0].line}: the finding is in a document that is not a Secret (${k}); fix it by hand`);
    }
    fixes.push(replaceDocument(text, doc, serialise(objects, json, eol), eol));
  }
  const shown = maskIn(applyFixes(text, masks), all.map((f) => f.secret));
  return { file, abs, original, bom, text, next: applyFixes(text, fixes), secrets, shown };
}
async function rewrite(rewriter, obj, ctx) {
  let model;
  try {
    model = toSecretModel(obj);
  } catch (e) {
    if (e instanceof FixError) throw new FixError(`${ctx.file}: ${e.message}`);
    throw e;
  }
  return rewriter.rewrite(model, ctx);
}
function secretValueRanges(node, out) {
  for (const k of ["data", "stringData"]) {
    const m = get(node, k);
    if (m?.type === "map") {
      for (const p of m.pairs) if (p.value.type === "scalar") out.push({ range: [p.value.start, p.value.end], text: mask(p.value.value) });
    }
  }
  const ann = get(node, "metadata", "annotations");
  if (ann?.type === "map") {
    for (const p of ann.pairs) {
      if (p.key.type === "scalar" && /last-applied-configuration$/.test(p.key.value) && p.value.type === "scalar") {
        out.push({ range: [p.value.start, p.value.end], text: mask(p.value.value) });
      }
    }
  }
}
function serialise(objects, json, eol) {
  if (objects.length === 0) return "";
  let body;
  if (json) body = toJson(objects.length === 1 ? objects[0] : { apiVersion: "v1", kind: "List", items: objects });
  else body = objects.map((x) => toYaml(x)).join("---\n");
  return eol === "\n" ? body : body.replace(/\n/g, eol);
}
var import_node_fs11, import_node_path11;
var init_plan = __esm({
  "src/fix/plan.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs11 = require("node:fs");
    import_node_path11 = __toESM(require("node:path"), 1);
    init_errors();
    init_documents();
    init_emit();
    init_mask();
    init_apply();
    init_namespace();
    init_secret_model();
  }
});

// src/fix/staged.ts
async function requireIndexMatchesTree(git, files) {
  const differ = [];
  for (const file of files) {
    const r2 = await git.run(["diff", "--no-ext-diff", "--quiet", "--", file]);
    if (r2.code === 1) differ.push(file);
    else if (r2.code !== 0) throw new GitError(`git diff failed for ${file}: ${gitComplaint(r2.stderr)}`);
  }
  if (differ.length) {
    throw new FixError(
      `${differ.join(", ")}: the staged version differs from the working tree, so fixing and re-staging would commit unstaged edits; stage or discard those edits first ('git add ${differ[0]}' or 'git restore ${differ[0]}'), then run the fix again`
    );
  }
}
async function restage(git, file) {
  const r2 = await git.run(["add", "--", file]);
  if (r2.code !== 0) throw new GitError(`git add ${file} failed: ${gitComplaint(r2.stderr)}; the file is fixed but not staged`);
}
async function committedFiles(git, files) {
  const out = [];
  for (const file of files) {
    const r2 = await git.run(["log", "-1", "--format=%H", "--", file]);
    if (r2.code === 0 && r2.stdout.length > 0) out.push(file);
  }
  return out;
}
var init_staged = __esm({
  "src/fix/staged.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_errors();
    init_git_client();
  }
});

// src/fix/verify.ts
function memorySource(plans) {
  return {
    info: {},
    async *items() {
      for (const p of plans) yield { path: p.file, bytes: Buffer.from(p.bom + p.next, "utf8"), origin: "tree" };
    }
  };
}
async function checkPlanned(base, plans, kind) {
  const after = await scan({ ...base, source: memorySource(plans) });
  const still = after.findings.find((f) => f.fix?.includes(kind));
  if (still) throw new FixError(`${still.file}:${still.line}: the rewritten file would still hold a plaintext Secret (${still.ruleId}); nothing was written`);
  return after.findings;
}
async function checkWritten(base, plans, kind) {
  const check = await scan({ ...base, paths: plans.map((p) => p.abs) });
  const broken = check.findings.find((f) => f.fix?.includes(kind));
  if (broken) throw new FixError(`${broken.file}:${broken.line}: still holds a plaintext Secret after the fix (${broken.ruleId}); the original is in the backup`);
  return check.findings;
}
function reportRemaining(err, remaining, dryRun) {
  if (remaining.length === 0) return 0;
  err(`sealgate fix: ${dryRun ? "after the fix, " : ""}${remaining.length} finding(s) remain that this fix does not repair; see 'sealgate scan':
`);
  for (const f of remaining) err(`  ${f.file}:${f.line} ${f.ruleId} ${mask(f.secret)}
`);
  return dryRun ? 0 : exitCode(remaining, [], { failOnUnscannable: false });
}
var init_verify = __esm({
  "src/fix/verify.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_errors();
    init_exit_code();
    init_mask();
    init_scan();
  }
});

// src/fix/write.ts
async function gitBackupRoot(root, env) {
  const gitDir = await new Git(root, env).gitDir();
  return gitDir ? import_node_path12.default.join(gitDir, "sealgate", "backups") : void 0;
}
function stamp(now) {
  return now.toISOString().replace(/:/g, "-").replace(/\./, "-");
}
async function backupRunDir(root, backupDir, now = /* @__PURE__ */ new Date(), env) {
  const base = backupDir ? import_node_path12.default.resolve(root, backupDir) : await gitBackupRoot(root, env);
  if (backupDir && base) await refuseCommittableBackups(root, base, env);
  if (!base) {
    throw new FixError(`${root} is not in a git repository, so there is no .git/sealgate/backups; pass --backup-dir DIR (outside anything you commit)`);
  }
  let dir = import_node_path12.default.join(base, stamp(now));
  for (let i = 1; (0, import_node_fs12.existsSync)(dir); i++) dir = import_node_path12.default.join(base, `${stamp(now)}-${i}`);
  return dir;
}
async function refuseCommittableBackups(root, dir, env) {
  const git = new Git(root, env);
  const top = await git.text(["rev-parse", "--show-toplevel"], { allowFail: true });
  if (!top) return;
  const rel2 = import_node_path12.default.relative(top, dir);
  if (rel2.startsWith("..") || import_node_path12.default.isAbsolute(rel2)) return;
  const gitDir = await git.gitDir();
  if (gitDir && (dir === gitDir || dir.startsWith(gitDir + import_node_path12.default.sep))) return;
  const r2 = await git.run(["check-ignore", "-q", "--no-index", "--", `${rel2.split(import_node_path12.default.sep).join("/") || "."}/`]);
  if (r2.code !== 0) {
    throw new FixError(`--backup-dir ${rel2 || "."} is inside the work tree and git does not ignore it: the backups hold the plaintext values and would be one 'git add' away from a commit. Use a folder outside the repository, or add it to .gitignore`);
  }
}
function saveBackup(runDir, rel2, content) {
  const target = import_node_path12.default.join(runDir, rel2);
  if (!target.startsWith(runDir + import_node_path12.default.sep)) throw new FixError(`${rel2}: refusing a backup path outside the backup folder`);
  (0, import_node_fs12.mkdirSync)(import_node_path12.default.dirname(target), { recursive: true, mode: 448 });
  const fd = (0, import_node_fs12.openSync)(target, import_node_fs12.constants.O_WRONLY | import_node_fs12.constants.O_CREAT | import_node_fs12.constants.O_EXCL, 384);
  try {
    (0, import_node_fs12.writeSync)(fd, typeof content === "string" ? Buffer.from(content, "utf8") : content);
    (0, import_node_fs12.fsyncSync)(fd);
  } finally {
    (0, import_node_fs12.closeSync)(fd);
  }
  (0, import_node_fs12.chmodSync)(target, 384);
  return target;
}
function writeAtomic(file, content, hooks = {}) {
  let mode = 420;
  try {
    mode = (0, import_node_fs12.statSync)(file).mode & 4095;
  } catch {
  }
  const tmp = import_node_path12.default.join(import_node_path12.default.dirname(file), `.${import_node_path12.default.basename(file)}.sealgate-${(0, import_node_crypto5.randomBytes)(6).toString("hex")}.tmp`);
  const fd = (0, import_node_fs12.openSync)(tmp, import_node_fs12.constants.O_WRONLY | import_node_fs12.constants.O_CREAT | import_node_fs12.constants.O_EXCL, 384);
  try {
    try {
      (0, import_node_fs12.writeSync)(fd, typeof content === "string" ? Buffer.from(content, "utf8") : content);
      (0, import_node_fs12.fsyncSync)(fd);
    } finally {
      (0, import_node_fs12.closeSync)(fd);
    }
    (0, import_node_fs12.chmodSync)(tmp, mode);
    hooks.beforeRename?.(tmp);
    if (hooks.expect && !unchanged(file, hooks.expect)) {
      throw new FixError(`${file}: changed while the fix ran, so it was not overwritten (your edit is kept); run the fix again`);
    }
    (0, import_node_fs12.renameSync)(tmp, file);
  } catch (e) {
    try {
      (0, import_node_fs12.unlinkSync)(tmp);
    } catch {
    }
    if (e instanceof FixError) throw e;
    throw new FixError(`${file}: could not write the fixed file (${e.code ?? e.message}); the original is unchanged`);
  }
}
function unchanged(file, expected) {
  try {
    return (0, import_node_fs12.readFileSync)(file).equals(expected);
  } catch {
    return false;
  }
}
var import_node_crypto5, import_node_fs12, import_node_path12, BackupSession;
var init_write = __esm({
  "src/fix/write.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto5 = require("node:crypto");
    import_node_fs12 = require("node:fs");
    import_node_path12 = __toESM(require("node:path"), 1);
    init_errors();
    init_git_client();
    BackupSession = class {
      constructor(root, backupDir, env, now = () => /* @__PURE__ */ new Date()) {
        this.root = root;
        this.backupDir = backupDir;
        this.env = env;
        this.now = now;
      }
      root;
      backupDir;
      env;
      now;
      dir;
      /** Fails early (before any write) when no backup location exists. */
      async folder() {
        this.dir ??= backupRunDir(this.root, this.backupDir, this.now(), this.env);
        return this.dir;
      }
      /** Backs up `content` (the file before the fix) as `<folder>/<rel>`; returns the backup's path. */
      async save(rel2, content) {
        return saveBackup(await this.folder(), rel2, content);
      }
    };
  }
});

// src/fix/pipeline.ts
async function runFix(o) {
  const kind = o.rewriter.kind;
  const base = { cwd: o.cwd, root: o.git ? o.root : void 0, configPath: o.configPath, env: o.env };
  const found = await findFixable(o, base);
  if (!found) return 0;
  const { byFile, all } = found;
  const files = [...byFile.keys()].sort();
  if (o.staged) await requireIndexMatchesTree(o.git, files);
  const plans = [];
  const ctx = { root: o.root, rewriter: o.rewriter, namespace: o.namespace };
  for (const file of files) plans.push(await planFile(ctx, file, byFile.get(file), all.filter((f) => f.file === file)));
  const remaining = await checkPlanned(base, plans, kind);
  const notes = await o.rewriter.finish?.() ?? [];
  if (o.dryRun) {
    const secretsSeen = all.map((f) => f.secret);
    for (const p of plans) o.out(unifiedDiff(p.file, p.shown, maskIn(p.next, secretsSeen)));
    for (const n of notes) o.err(`${n}
`);
    o.err(`sealgate fix: dry run: ${count(plans)} in ${plans.length} file(s) would be ${WHAT[kind]}; nothing was written
`);
    return reportRemaining(o.err, remaining, true);
  }
  if (o.stdout) {
    if (remaining.length) {
      const f = remaining[0];
      throw new FixError(`${f.file}:${f.line}: the result still holds a secret this fix cannot repair (${f.ruleId}); --stdout would print it`);
    }
    for (const p of plans) {
      if (plans.length > 1) o.out(`# sealgate: ${p.file}
`);
      o.out(p.bom + p.next);
    }
    for (const n of notes) o.err(`${n}
`);
    return 0;
  }
  for (const p of plans) {
    const backup = await o.backups.save(p.file, p.original);
    writeAtomic(p.abs, p.bom + p.next, { expect: p.original });
    if (o.staged) await restage(o.git, p.file);
    o.err(`${p.file}: ${count([p])} ${WHAT[kind]}${o.staged ? " and re-staged" : ""} (backup ${import_node_path13.default.relative(o.cwd, backup) || backup})
`);
  }
  for (const n of notes) o.err(`${n}
`);
  const left = await checkWritten(base, plans, kind);
  await remindRotation(o, plans);
  return reportRemaining(o.err, left, false);
}
async function findFixable(o, base) {
  const kind = o.rewriter.kind;
  let result;
  if (o.staged) {
    if (!o.git) throw new GitError("--staged needs a git repository");
    const git = o.git;
    const specs = o.paths.map((p) => import_node_path13.default.relative(git.root, import_node_path13.default.resolve(o.cwd, p)).split(import_node_path13.default.sep).join("/") || ".");
    result = await scan({ ...base, source: stagedSource(git, { paths: specs }), wholeFiles: true });
    if (result.summary.files === 0 && result.summary.skipped.length === 0) {
      o.err("sealgate fix: nothing staged to fix\n");
      return void 0;
    }
  } else {
    result = await scan({ ...base, paths: o.paths });
  }
  for (const s of result.summary.skipped) if (s.unscannable) o.err(`sealgate fix: skipped ${s.file}: ${s.reason}
`);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    if (!f.fix?.includes(kind)) continue;
    byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  }
  if (byFile.size === 0) {
    o.err(`sealgate fix: no plaintext Secret to fix${o.staged ? " in the index" : ""} (${result.summary.files} files scanned)
`);
    return void 0;
  }
  return { byFile, all: result.findings };
}
function count(plans) {
  const n = plans.reduce((a, p) => a + p.secrets, 0);
  return `${n} Secret${n === 1 ? "" : "s"}`;
}
async function remindRotation(o, plans) {
  const committed = o.git ? await committedFiles(o.git, plans.map((p) => p.file)) : [];
  if (committed.length) {
    o.err(`Rotate these values: the plaintext is still in Git history (${committed.join(", ")}), and a fix does not remove it from there or from any clone.
`);
  } else {
    o.err("If these values were ever committed, pushed or shared, rotate them: a fix does not remove them from Git history.\n");
  }
}
var import_node_path13, WHAT;
var init_pipeline = __esm({
  "src/fix/pipeline.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_path13 = __toESM(require("node:path"), 1);
    init_errors();
    init_scan();
    init_git();
    init_mask();
    init_diff();
    init_plan();
    init_staged();
    init_verify();
    init_write();
    WHAT = { seal: "sealed into SealedSecrets", external: "rewritten into ExternalSecrets" };
  }
});

// src/fix/seal/certificate.ts
function resolveCertSpec(opts) {
  if (opts.flag) return { spec: opts.flag, base: opts.cwd };
  if (opts.configCert) return { spec: opts.configCert, base: opts.configFile ? import_node_path14.default.dirname(opts.configFile) : opts.cwd };
  const env = opts.env.SEALED_SECRETS_CERT;
  if (env) return { spec: env, base: opts.cwd };
  return void 0;
}
async function loadCertificate(spec, base, now = /* @__PURE__ */ new Date()) {
  const bytes2 = await readCertBytes(spec, base);
  return parseCertificate(bytes2, spec, now);
}
async function readCertBytes(spec, base) {
  if (/^https?:\/\//i.test(spec)) return fetchCert(spec);
  let file;
  if (/^file:/i.test(spec)) {
    try {
      file = (0, import_node_url2.fileURLToPath)(spec);
    } catch {
      throw new UsageError(`--cert ${spec}: not a valid file:// URL`);
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new UsageError(`--cert ${spec}: only a path, a file:// URL or an http(s):// URL is supported`);
  } else {
    file = import_node_path14.default.resolve(base, spec);
  }
  try {
    const buf = await (0, import_promises.readFile)(file);
    if (buf.length > MAX_CERT_BYTES) throw new FixError(`${spec}: ${buf.length} bytes is too large for a certificate`);
    return buf;
  } catch (e) {
    if (e instanceof FixError) throw e;
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : code === "EACCES" ? "permission denied" : code ?? "cannot read";
    throw new FixError(`${spec}: cannot read the certificate (${why}); get it with 'kubeseal --fetch-cert > pub-cert.pem'`);
  }
}
async function fetchCert(url) {
  let res;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: "follow" });
  } catch (e) {
    const cause = e.cause?.code ?? e.name;
    throw new FixError(`${url}: cannot fetch the certificate (${cause})`);
  }
  if (!res.ok) throw new FixError(`${url}: cannot fetch the certificate (HTTP ${res.status})`);
  const buf = Buffer.from(await res.arrayBuffer());
  if (buf.length > MAX_CERT_BYTES) throw new FixError(`${url}: ${buf.length} bytes is too large for a certificate`);
  return buf;
}
function parseCertificate(bytes2, source, now = /* @__PURE__ */ new Date()) {
  const text = bytes2.toString("utf8");
  const pem = PEM_CERT.exec(text)?.[0];
  if (!pem) {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(text)) {
      throw new FixError(`${source}: holds a bare public key, not a certificate; use the controller's certificate ('kubeseal --fetch-cert > pub-cert.pem')`);
    }
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
      throw new FixError(`${source}: holds a PRIVATE key, not a certificate; never use or commit it here; use 'kubeseal --fetch-cert > pub-cert.pem'`);
    }
    throw new FixError(`${source}: not a PEM certificate (no '-----BEGIN CERTIFICATE-----' block); get it with 'kubeseal --fetch-cert > pub-cert.pem'`);
  }
  let cert;
  try {
    cert = new import_node_crypto6.X509Certificate(pem);
  } catch {
    throw new FixError(`${source}: the PEM block is not a valid X.509 certificate`);
  }
  const key = cert.publicKey;
  if (key.asymmetricKeyType !== "rsa") {
    throw new FixError(`${source}: the certificate's key is ${key.asymmetricKeyType ?? "unknown"}, but sealed-secrets needs an RSA key`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 1024) throw new FixError(`${source}: the RSA key has ${bits} bits; sealed-secrets needs at least 1024 (the controller makes 4096)`);
  const notAfter = new Date(cert.validTo);
  if (Number.isNaN(notAfter.getTime())) throw new FixError(`${source}: the certificate has an unreadable expiry date`);
  if (notAfter.getTime() <= now.getTime()) {
    throw new FixError(`${source}: the certificate expired on ${isoDay(notAfter)}; fetch the controller's current one ('kubeseal --fetch-cert')`);
  }
  return {
    source,
    publicKey: key,
    bits,
    fingerprint: cert.fingerprint256,
    notAfter,
    subject: cert.subject || void 0
  };
}
function isoDay(d) {
  return d.toISOString().slice(0, 10);
}
function describeCert(cert) {
  const weak = cert.bits < 2048 ? " (weak: under 2048 bits)" : "";
  return `sealing for certificate ${cert.source}: RSA-${cert.bits}${weak}, SHA-256 fingerprint ${cert.fingerprint}, expires ${isoDay(cert.notAfter)}`;
}
var import_node_crypto6, import_promises, import_node_path14, import_node_url2, PEM_CERT, FETCH_TIMEOUT_MS, MAX_CERT_BYTES;
var init_certificate = __esm({
  "src/fix/seal/certificate.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto6 = require("node:crypto");
    import_promises = require("node:fs/promises");
    import_node_path14 = __toESM(require("node:path"), 1);
    import_node_url2 = require("node:url");
    init_errors();
    PEM_CERT = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/;
    FETCH_TIMEOUT_MS = 3e4;
    MAX_CERT_BYTES = 1024 * 1024;
  }
});

// src/fix/seal/sealed-secret.ts
function scopeFromAnnotations(annotations) {
  if (annotations?.[CLUSTER_WIDE] === "true") return "cluster-wide";
  if (annotations?.[NAMESPACE_WIDE] === "true") return "namespace-wide";
  return "strict";
}
function effectiveScope(secret, flag) {
  return flag && flag !== "strict" ? flag : scopeFromAnnotations(secret.annotations);
}
function withScopeAnnotations(annotations, scope) {
  const out = { ...annotations };
  delete out[NAMESPACE_WIDE];
  delete out[CLUSTER_WIDE];
  if (scope === "namespace-wide") out[NAMESPACE_WIDE] = "true";
  if (scope === "cluster-wide") out[CLUSTER_WIDE] = "true";
  return out;
}
function sealTarget(secret, opts) {
  const scope = effectiveScope(secret, opts.scope);
  const namespace = secret.namespace ?? (scope === "cluster-wide" ? void 0 : opts.namespaceFallback);
  if (!namespace && scope !== "cluster-wide") {
    const where = opts.where ? `${opts.where}: ` : "";
    throw new FixError(
      `${where}Secret '${secret.name}' has no namespace, and ${scope} sealing binds the values to one; add metadata.namespace, pass --namespace NS, set namespace: in a kustomization.yaml, or use --scope cluster-wide`
    );
  }
  return { name: secret.name, namespace, scope };
}
function sortedKeys(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function templateMetadata(secret, target) {
  const raw = secret.raw.metadata ?? {};
  const meta = {};
  for (const [k, v] of Object.entries(raw)) if (!DROPPED_METADATA.has(k) && v !== null && v !== void 0) meta[k] = v;
  const annotations = withScopeAnnotations(secret.annotations, target.scope);
  for (const a of LAST_APPLIED_ANNOTATIONS) delete annotations[a];
  delete meta.annotations;
  delete meta.labels;
  delete meta.finalizers;
  if (Object.keys(annotations).length) meta.annotations = sortedKeys(annotations);
  if (secret.finalizers?.length) meta.finalizers = secret.finalizers;
  if (Object.keys(secret.labels).length) meta.labels = sortedKeys(secret.labels);
  meta.name = target.name;
  if (target.namespace) meta.namespace = target.namespace;
  else delete meta.namespace;
  return sortedKeys(meta);
}
function encryptEntries(secret, target, cert) {
  const label = scopeLabel(target.scope, target.namespace, target.name);
  const out = /* @__PURE__ */ Object.create(null);
  const keys = [...secret.entries.keys()].sort();
  for (const k of keys) out[k] = sealValue(cert.publicKey, label, secret.entries.get(k));
  return out;
}
function buildSealedSecret(secret, opts) {
  if (secret.entries.size === 0) {
    const where = opts.where ? `${opts.where}: ` : "";
    throw new FixError(`${where}Secret '${secret.name}' has no data or stringData; there is nothing to seal`);
  }
  const target = sealTarget(secret, opts);
  const topAnnotations = withScopeAnnotations({}, target.scope);
  const metadata = {};
  if (Object.keys(topAnnotations).length) metadata.annotations = topAnnotations;
  metadata.name = target.name;
  if (target.namespace) metadata.namespace = target.namespace;
  const template = {};
  if (secret.immutable !== void 0) template.immutable = secret.immutable;
  template.metadata = templateMetadata(secret, target);
  if (secret.type) template.type = secret.type;
  return {
    apiVersion: "bitnami.com/v1alpha1",
    kind: "SealedSecret",
    metadata,
    spec: { encryptedData: encryptEntries(secret, target, opts.cert), template }
  };
}
var NAMESPACE_WIDE, CLUSTER_WIDE, DROPPED_METADATA;
var init_sealed_secret = __esm({
  "src/fix/seal/sealed-secret.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_errors();
    init_crypto();
    init_constants();
    NAMESPACE_WIDE = "sealedsecrets.bitnami.com/namespace-wide";
    CLUSTER_WIDE = "sealedsecrets.bitnami.com/cluster-wide";
    DROPPED_METADATA = /* @__PURE__ */ new Set([
      "selfLink",
      "uid",
      "resourceVersion",
      "generation",
      "creationTimestamp",
      "deletionTimestamp",
      "deletionGracePeriodSeconds",
      "ownerReferences",
      "managedFields"
    ]);
  }
});

// src/fix/seal/merge.ts
function isObj2(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function sorted(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
var import_node_fs13, import_node_path15, MergeTarget;
var init_merge = __esm({
  "src/fix/seal/merge.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs13 = require("node:fs");
    import_node_path15 = __toESM(require("node:path"), 1);
    init_errors();
    init_documents();
    init_emit();
    init_apply();
    init_write();
    init_sealed_secret();
    init_constants();
    MergeTarget = class {
      /** Reads and checks the target now, so a bad target fails before anything is sealed. */
      constructor(file, root, cert, scopeFlag) {
        this.file = file;
        this.cert = cert;
        this.scopeFlag = scopeFlag;
        this.rel = import_node_path15.default.relative(root, file).split(import_node_path15.default.sep).join("/") || file;
        try {
          this.text = (0, import_node_fs13.readFileSync)(file, "utf8");
        } catch (e) {
          throw new UsageError(`--merge-into ${this.rel}: cannot read it (${e.code ?? "error"})`);
        }
        this.json = /\.json$/i.test(file);
        this.eol = this.text.includes("\r\n") ? "\r\n" : "\n";
        const docs = parseManifest(this.text, file);
        const bad = docs.find((d) => d.error);
        if (bad) throw new FixError(`--merge-into ${this.rel}: not valid YAML: ${bad.error}`);
        const sealed = docs.filter((d) => isObj2(d.value) && d.value.kind === "SealedSecret");
        if (sealed.length !== 1) {
          throw new FixError(`--merge-into ${this.rel}: expected exactly one SealedSecret in the file, found ${sealed.length}`);
        }
        const doc = sealed[0];
        this.doc = doc;
        this.obj = JSON.parse(JSON.stringify(doc.value));
        const meta = this.obj.metadata;
        if (!isObj2(meta) || typeof meta.name !== "string" || !meta.name) throw new FixError(`--merge-into ${this.rel}: the SealedSecret has no metadata.name`);
        const spec = isObj2(this.obj.spec) ? this.obj.spec : this.obj.spec = {};
        if (spec.data !== void 0) throw new FixError(`--merge-into ${this.rel}: the SealedSecret uses the deprecated spec.data format; re-seal it first`);
        if (spec.encryptedData !== void 0 && !isObj2(spec.encryptedData)) throw new FixError(`--merge-into ${this.rel}: spec.encryptedData is not a map`);
        const scope = this.scope;
        if (scopeFlag && scopeFlag !== "strict" && scopeFlag !== scope) {
          throw new UsageError(`--scope ${scopeFlag} does not match ${this.rel}, which is sealed ${scope}; its values must share one scope`);
        }
        if (scope !== "cluster-wide" && typeof meta.namespace !== "string") {
          throw new FixError(`--merge-into ${this.rel}: the ${scope} SealedSecret has no metadata.namespace`);
        }
      }
      file;
      cert;
      scopeFlag;
      rel;
      text;
      doc;
      obj;
      eol;
      json;
      merged = [];
      get meta() {
        return this.obj.metadata;
      }
      /** The controller reads the scope from the SealedSecret's own annotations. */
      get scope() {
        return scopeFromAnnotations(isObj2(this.meta.annotations) ? this.meta.annotations : void 0);
      }
      /** Seals `secret`'s entries for the target and merges them in (memory only). */
      add(secret) {
        if (secret.entries.size === 0) throw new FixError(`Secret '${secret.name}' has no data or stringData; there is nothing to merge`);
        const target = { name: this.meta.name, namespace: this.meta.namespace, scope: this.scope };
        const encrypted = encryptEntries(secret, target, this.cert);
        const spec = this.obj.spec;
        spec.encryptedData = sorted({ ...spec.encryptedData ?? {}, ...encrypted });
        const template = isObj2(spec.template) ? spec.template : spec.template = {};
        const tmeta = isObj2(template.metadata) ? template.metadata : template.metadata = {};
        const annotations = { ...secret.annotations };
        for (const a of [NAMESPACE_WIDE, CLUSTER_WIDE, ...LAST_APPLIED_ANNOTATIONS]) delete annotations[a];
        if (Object.keys(secret.labels).length) tmeta.labels = sorted({ ...isObj2(tmeta.labels) ? tmeta.labels : {}, ...secret.labels });
        if (Object.keys(annotations).length) tmeta.annotations = sorted({ ...isObj2(tmeta.annotations) ? tmeta.annotations : {}, ...annotations });
        this.merged.push(...Object.keys(encrypted));
      }
      /** The target file after the merges. */
      render() {
        const body = (this.json ? toJson(this.obj) : toYaml(this.obj)).replace(/\n/g, this.eol);
        return applyFixes(this.text, [replaceDocument(this.text, this.doc, body, this.eol)]);
      }
      /** Writes the target (backup first) unless dry-run; returns lines to print. */
      async finish(opts) {
        if (this.merged.length === 0) return [];
        const next = this.render();
        const keys = [...new Set(this.merged)].sort().join(", ");
        if (opts.dryRun) return [`${this.rel}: would merge sealed keys ${keys} (dry run: not written)`];
        const backup = await opts.backups.save(this.rel, this.text);
        writeAtomic(this.file, next);
        return [`${this.rel}: merged sealed keys ${keys} (backup ${backup})`];
      }
    };
  }
});

// src/fix/seal/rewriter.ts
var rewriter_exports = {};
__export(rewriter_exports, {
  createSealRewriter: () => createSealRewriter,
  sealRewriterFromOptions: () => sealRewriterFromOptions
});
function createSealRewriter(o) {
  return {
    kind: "seal",
    async rewrite(secret, ctx) {
      if (o.mergeInto) {
        if (ctx.file === o.mergeInto.rel) {
          throw new FixError(`${ctx.file}: cannot merge a Secret into a SealedSecret of its own file; fix it without --merge-into`);
        }
        o.mergeInto.add(secret);
        return [];
      }
      return [buildSealedSecret(secret, { cert: o.cert, scope: o.scope, namespaceFallback: ctx.namespaceFallback, where: ctx.file })];
    },
    async finish() {
      return o.mergeInto ? o.mergeInto.finish({ dryRun: o.dryRun, backups: o.backups }) : [];
    }
  };
}
async function sealRewriterFromOptions(o) {
  const spec = resolveCertSpec({ flag: o.cert, configCert: o.config.seal?.cert, configFile: o.config.file, env: o.env, cwd: o.cwd });
  if (!spec) {
    throw new UsageError(
      "--seal needs the controller certificate: --cert FILE|URL, seal.cert in .sealgate.yaml or $SEALED_SECRETS_CERT (get it with: kubeseal --fetch-cert > pub-cert.pem)"
    );
  }
  const scope = o.scope;
  const cert = await loadCertificate(spec.spec, spec.base);
  o.say(describeCert(cert));
  const mergeInto = o.mergeInto ? new MergeTarget(import_node_path16.default.resolve(o.cwd, o.mergeInto), o.root, cert, scope) : void 0;
  return createSealRewriter({ cert, scope, mergeInto, dryRun: o.dryRun, backups: o.backups });
}
var import_node_path16;
var init_rewriter = __esm({
  "src/fix/seal/rewriter.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_path16 = __toESM(require("node:path"), 1);
    init_errors();
    init_certificate();
    init_merge();
    init_sealed_secret();
  }
});

// src/fix/external/external-secret.ts
function refuseUnsupported(secret) {
  const reason = secret.type === void 0 ? void 0 : REFUSED_TYPES[secret.type];
  if (reason) throw new FixError(`Secret '${secret.name}' has type ${secret.type}: ${reason}`);
  if (secret.entries.size === 0) throw new FixError(`Secret '${secret.name}' has no values to move to a store`);
  for (const key of secret.entries.keys()) {
    if (key.length > 253 || !SECRET_KEY.test(key)) {
      throw new FixError(`Secret '${secret.name}' has key '${key}', which is not a valid Secret key`);
    }
  }
}
function storedValues(secret) {
  return [...secret.entries].map(([property, bytes2]) => {
    const text = (0, import_node_buffer.isUtf8)(bytes2) && !bytes2.includes(0) ? bytes2.toString("utf8") : void 0;
    return text !== void 0 ? { property, text, base64: false } : { property, text: bytes2.toString("base64"), base64: true };
  });
}
function migratedFrom(secret, namespace) {
  return namespace ? `Secret/${namespace}/${secret.name}` : `Secret/${secret.name}`;
}
function buildExternalSecret(secret, values, opts) {
  const metadata = { name: secret.name };
  if (secret.namespace) metadata.namespace = secret.namespace;
  if (Object.keys(secret.labels).length > 0) metadata.labels = { ...secret.labels };
  metadata.annotations = { [MIGRATED_FROM]: migratedFrom(secret, opts.namespace) };
  const target = { name: secret.name, creationPolicy: "Owner", deletionPolicy: "Retain" };
  if (secret.immutable === true) target.immutable = true;
  const template = buildTemplate(secret);
  if (template) target.template = template;
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata,
    spec: {
      // Explicit: the CRD default changed from 1h to 1h0m0s, and relying on it makes GitOps diffs.
      refreshInterval: opts.refreshInterval,
      secretStoreRef: { kind: opts.storeKind, name: opts.store },
      target,
      data: values.map((v) => {
        const remoteRef = { key: opts.remoteKey, property: v.property };
        if (v.base64) remoteRef.decodingStrategy = "Base64";
        return { secretKey: v.property, remoteRef };
      })
    }
  };
}
function buildTemplate(secret) {
  const template = {};
  if (secret.type !== void 0 && secret.type !== "Opaque") template.type = secret.type;
  const meta = {};
  if (Object.keys(secret.labels).length > 0) meta.labels = { ...secret.labels };
  if (Object.keys(secret.annotations).length > 0) meta.annotations = { ...secret.annotations };
  if (secret.finalizers && secret.finalizers.length > 0) meta.finalizers = [...secret.finalizers];
  if (Object.keys(meta).length > 0) template.metadata = meta;
  return Object.keys(template).length > 0 ? template : void 0;
}
var import_node_buffer, MIGRATED_FROM, REFUSED_TYPES, SECRET_KEY;
var init_external_secret = __esm({
  "src/fix/external/external-secret.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_buffer = require("node:buffer");
    init_errors();
    MIGRATED_FROM = "sealgate.io/migrated-from";
    REFUSED_TYPES = {
      "kubernetes.io/service-account-token": "ESO cannot template service-account-token Secrets; keep the data-less form and let Kubernetes fill in the token",
      "bootstrap.kubernetes.io/token": "ESO refuses bootstrap-token templates; create bootstrap tokens with kubeadm or seal them instead (--seal)"
    };
    SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
  }
});

// src/fix/external/providers.ts
function validateKeyTemplate(template) {
  if (template.trim() === "") throw new UsageError("--key-template must not be empty");
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const unknown = names.filter((n) => !KNOWN.has(n));
  if (unknown.length > 0) {
    throw new UsageError(`--key-template: unknown placeholder {${unknown[0]}} (use {prefix}, {namespace}, {name})`);
  }
  if (!names.includes("name")) throw new UsageError(`--key-template must contain {name}, or every Secret would share one key`);
  if (/[{}]/.test(template.replace(PLACEHOLDER, ""))) throw new UsageError("--key-template has an unmatched { or }");
}
function checkKubernetesNames(input) {
  if (input.name.length > 253 || !DNS_SUBDOMAIN.test(input.name)) {
    throw new FixError(`metadata.name '${input.name}' is not a valid Kubernetes name`);
  }
  if (input.namespace !== void 0 && (input.namespace.length > 63 || !DNS_LABEL.test(input.namespace))) {
    throw new FixError(`metadata.namespace '${input.namespace}' is not a valid Kubernetes namespace`);
  }
}
function render2(input, template, prefix) {
  const text = template.replace(PLACEHOLDER, (_, field) => {
    if (field === "namespace") {
      if (input.namespace === void 0) {
        throw new FixError(
          `Secret '${input.name}' has no namespace and the key template needs one; set metadata.namespace or pass --namespace`
        );
      }
      return input.namespace;
    }
    return field === "prefix" ? prefix : input.name;
  });
  const segments = text.split("/").filter((s) => s !== "");
  for (const s of segments) {
    if (s === "." || s === "..") throw new FixError(`remote key '${text}' has a '${s}' segment; change --key-template or --prefix`);
  }
  if (segments.length === 0) throw new FixError(`the key template renders an empty remote key for Secret '${input.name}'`);
  return segments;
}
function fit(name, max, full) {
  if (name.length <= max) return name;
  const hash = (0, import_node_crypto7.createHash)("sha256").update(full).digest("hex").slice(0, 8);
  return `${name.slice(0, max - 9).replace(/[-_]+$/, "")}-${hash}`;
}
function remoteName(provider, input) {
  checkKubernetesNames(input);
  const flat = provider === "gcp" || provider === "azure";
  const template = input.template ?? (flat && input.prefix === void 0 ? "{namespace}/{name}" : DEFAULT_KEY_TEMPLATE);
  const segments = render2(input, template, input.prefix ?? DEFAULT_PREFIX);
  const path23 = segments.join("/");
  switch (provider) {
    case "vault": {
      if (segments[0] === "data") throw new FixError(`Vault key '${path23}' starts with 'data/', which ESO would misread; set --prefix`);
      if (!/^[A-Za-z0-9._@=+:,~-]+(\/[A-Za-z0-9._@=+:,~-]+)*$/.test(path23)) {
        throw new FixError(`Vault key '${path23}' has characters Vault paths do not take; change --key-template or --prefix`);
      }
      return { name: path23, key: path23 };
    }
    case "aws": {
      if (!/^[A-Za-z0-9/_+=.@-]+$/.test(path23)) {
        throw new FixError(`AWS secret name '${path23}' has characters Secrets Manager refuses (allowed: letters, digits, /_+=.@-)`);
      }
      if (path23.length > 512) throw new FixError(`AWS secret name '${path23.slice(0, 40)}...' is longer than 512 characters`);
      return { name: path23, key: path23 };
    }
    case "gcp": {
      const id = segments.map((s) => s.replace(/[^A-Za-z0-9_-]/g, "_")).join("--");
      const name = fit(id, 255, path23);
      return { name, key: name };
    }
    case "azure": {
      const id = segments.map((s) => s.replace(/[^A-Za-z0-9-]/g, "-")).join("--");
      const name = fit(id, 127, path23);
      return { name, key: `secret/${name}` };
    }
  }
}
var import_node_crypto7, PROVIDERS, DEFAULT_PREFIX, DEFAULT_KEY_TEMPLATE, PLACEHOLDER, KNOWN, PROVIDER_LABEL, DNS_LABEL, DNS_SUBDOMAIN;
var init_providers = __esm({
  "src/fix/external/providers.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto7 = require("node:crypto");
    init_errors();
    PROVIDERS = ["vault", "aws", "gcp", "azure"];
    DEFAULT_PREFIX = "k8s";
    DEFAULT_KEY_TEMPLATE = "{prefix}/{namespace}/{name}";
    PLACEHOLDER = /\{([^{}]*)\}/g;
    KNOWN = /* @__PURE__ */ new Set(["prefix", "namespace", "name"]);
    PROVIDER_LABEL = {
      vault: "Vault KV",
      aws: "AWS Secrets Manager",
      gcp: "GCP Secret Manager",
      azure: "Azure Key Vault"
    };
    DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
    DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
  }
});

// src/fix/external/push-secret.ts
function pushSecretName(secretName) {
  return secretName.slice(0, 253 - SUFFIX.length).replace(/[.-]+$/, "") + SUFFIX;
}
function buildPushSecret(secret, opts) {
  const metadata = { name: pushSecretName(secret.name) };
  if (secret.namespace) metadata.namespace = secret.namespace;
  const item = { match: { remoteRef: { remoteKey: opts.remoteKey } } };
  if (opts.provider === "aws") {
    item.metadata = {
      apiVersion: "kubernetes.external-secrets.io/v1alpha1",
      kind: "PushSecretMetadata",
      spec: { secretPushFormat: "string" }
    };
  }
  return {
    apiVersion: "external-secrets.io/v1alpha1",
    kind: "PushSecret",
    metadata,
    spec: {
      refreshInterval: opts.refreshInterval,
      updatePolicy: "IfNotExists",
      deletionPolicy: "None",
      secretStoreRefs: [{ kind: opts.storeKind, name: opts.store }],
      selector: { secret: { name: secret.name } },
      data: [item]
    }
  };
}
var SUFFIX;
var init_push_secret = __esm({
  "src/fix/external/push-secret.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    SUFFIX = "-seed";
  }
});

// src/fix/external/git-paths.ts
async function locate(absPath, env) {
  let dir = import_node_path17.default.dirname(absPath);
  const rest = [import_node_path17.default.basename(absPath)];
  while (!(0, import_node_fs14.existsSync)(dir)) {
    rest.unshift(import_node_path17.default.basename(dir));
    const up = import_node_path17.default.dirname(dir);
    if (up === dir) return { kind: "none" };
    dir = up;
  }
  const git = new Git((0, import_node_fs14.realpathSync)(dir), env);
  const probe = await git.text(["rev-parse", "--is-inside-git-dir", "--is-inside-work-tree"], { allowFail: true });
  if (probe === void 0) return { kind: "none" };
  const [inGitDir, inWorkTree] = probe.split("\n");
  if (inGitDir === "true") return { kind: "git-dir" };
  if (inWorkTree !== "true") return { kind: "none" };
  const top = await git.text(["rev-parse", "--show-toplevel"], { allowFail: true });
  if (!top) return { kind: "none" };
  const topDir = (0, import_node_fs14.realpathSync)(top);
  return { kind: "work-tree", top: topDir, rel: import_node_path17.default.relative(topDir, import_node_path17.default.join(git.root, ...rest)).split(import_node_path17.default.sep).join("/") };
}
async function ignoredPaths(top, rels, env) {
  if (rels.length === 0) return /* @__PURE__ */ new Set();
  const res = await new Git(top, env).run(["check-ignore", "-z", "--stdin"], rels.join("\0") + "\0");
  if (res.code !== 0 && res.code !== 1) return /* @__PURE__ */ new Set();
  return new Set(res.stdout.toString("utf8").split("\0").filter((s) => s !== ""));
}
async function gitDirOf(dir, env) {
  if (!(0, import_node_fs14.existsSync)(dir)) return void 0;
  return new Git(dir, env).gitDir();
}
var import_node_fs14, import_node_path17;
var init_git_paths = __esm({
  "src/fix/external/git-paths.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs14 = require("node:fs");
    import_node_path17 = __toESM(require("node:path"), 1);
    init_git_client();
  }
});

// src/fix/external/values-file.ts
function hint(provider) {
  switch (provider) {
    case "vault":
      return ["  # VAULT_KV_MOUNT: the store's spec.provider.vault.path (default 'secret'); use 'vault kv patch' for a path that already exists"];
    case "aws":
      return ["  # use put-secret-value --secret-id NAME instead for a secret that already exists"];
    case "gcp":
      return ["  # use gcloud secrets versions add NAME --data-file=FILE for a secret that already exists"];
    case "azure":
      return ["  # AZURE_KEYVAULT: the vault name of the store's spec.provider.azurekv.vaultUrl"];
  }
}
function uploadCommand(provider, name, file) {
  switch (provider) {
    case "vault":
      return `vault kv put ${sh("${VAULT_KV_MOUNT:-secret}/" + name, true)} ${sh("@" + file)}`;
    case "aws":
      return `aws secretsmanager create-secret --name ${sh(name)} --secret-string ${sh("file://" + file)}`;
    case "gcp":
      return `gcloud secrets create ${sh(name)} --replication-policy=automatic --data-file=${sh(file)}`;
    case "azure":
      return `az keyvault secret set --vault-name "$AZURE_KEYVAULT" --name ${sh(name)} --file ${sh(file)} --encoding utf-8`;
  }
}
function sh(word, expand = false) {
  if (expand) return `"${word.replace(/["\\`]/g, "\\$&")}"`;
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function notIgnoredMessage(file, top, what) {
  return `refusing to write plaintext values to ${file}: ${what} is inside the git work tree ${top} and git does not ignore it (a \`git add .\` would commit it); add it to .gitignore or choose a path outside the work tree (default: .git/sealgate/)`;
}
async function refuseCommittable(file, what, env) {
  const loc = await locate(file, env);
  if (loc.kind !== "work-tree") return;
  const ignored = await ignoredPaths(loc.top, [loc.rel], env);
  if (!ignored.has(loc.rel)) throw new ValuesPathError(notIgnoredMessage(file, loc.top, what));
}
async function loadExisting(file, provider) {
  let doc;
  try {
    doc = JSON.parse(await (0, import_promises2.readFile)(file, "utf8"));
  } catch {
    throw new ValuesPathError(`--values-out ${file} exists and is not a sealgate values file; refusing to overwrite it`);
  }
  if (doc?.format !== VALUES_FORMAT || doc.version !== 1 || typeof doc.secrets !== "object" || doc.secrets === null) {
    throw new ValuesPathError(`--values-out ${file} exists and is not a sealgate values file; refusing to overwrite it`);
  }
  if (doc.provider !== provider) {
    throw new ValuesPathError(`--values-out ${file} holds ${doc.provider} values, not ${provider}; use another file`);
  }
  return doc;
}
function uniqueFile(dir, now) {
  const stamp2 = now.toISOString().replace(/[:.]/g, "-");
  let candidate = import_node_path18.default.join(dir, `values-${stamp2}.json`);
  for (let i = 2; (0, import_node_fs15.existsSync)(candidate) || (0, import_node_fs15.existsSync)(candidate.replace(/\.json$/, ".d")); i++) {
    candidate = import_node_path18.default.join(dir, `values-${stamp2}-${i}.json`);
  }
  return candidate;
}
async function writePrivate(file, content) {
  const dir = import_node_path18.default.dirname(file);
  await (0, import_promises2.mkdir)(dir, { recursive: true, mode: 448 });
  const tmp = import_node_path18.default.join(dir, `.${import_node_path18.default.basename(file)}.${(0, import_node_crypto8.randomBytes)(6).toString("hex")}.tmp`);
  const fh = await (0, import_promises2.open)(tmp, "wx", 384);
  try {
    await fh.chmod(384);
    await fh.writeFile(content, "utf8");
    await fh.sync();
  } catch (e) {
    await fh.close();
    await (0, import_promises2.rm)(tmp, { force: true });
    throw e;
  }
  await fh.close();
  try {
    await (0, import_promises2.rename)(tmp, file);
  } catch (e) {
    await (0, import_promises2.rm)(tmp, { force: true });
    throw e;
  }
}
var import_node_crypto8, import_node_fs15, import_promises2, import_node_path18, VALUES_FORMAT, ValuesPathError, SIZE_LIMIT, ValuesFile;
var init_values_file = __esm({
  "src/fix/external/values-file.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_crypto8 = require("node:crypto");
    import_node_fs15 = require("node:fs");
    import_promises2 = require("node:fs/promises");
    import_node_path18 = __toESM(require("node:path"), 1);
    init_errors();
    init_git_paths();
    init_providers();
    VALUES_FORMAT = "sealgate-external-values";
    ValuesPathError = class extends FixError {
    };
    SIZE_LIMIT = { aws: 65536, gcp: 65536, azure: 25 * 1024 };
    ValuesFile = class {
      constructor(opts) {
        this.opts = opts;
      }
      opts;
      ready;
      file = "";
      sidecar = "";
      /** Where the upload files go: git dir, outside git, or a work tree (then each file must be ignored). */
      sidecarLocation;
      doc;
      touched = /* @__PURE__ */ new Set();
      queue = Promise.resolve();
      /** Resolves and checks the path once, before the first Secret is rewritten. */
      prepare() {
        this.ready ??= this.resolve();
        return this.ready;
      }
      async resolve() {
        const { root, provider } = this.opts;
        this.doc = { format: VALUES_FORMAT, version: 1, provider, secrets: {} };
        if (this.opts.path !== void 0) {
          const file = import_node_path18.default.resolve(root, this.opts.path);
          if ((0, import_node_fs15.existsSync)(file) && (0, import_node_fs15.statSync)(file).isDirectory()) throw new ValuesPathError(`--values-out ${file} is a directory; name a file`);
          await refuseCommittable(file, "--values-out", this.opts.env);
          if ((0, import_node_fs15.existsSync)(file)) this.doc = await loadExisting(file, provider);
          this.file = file;
        } else {
          const gitDir = await gitDirOf(root, this.opts.env);
          if (!gitDir) {
            throw new ValuesPathError(`${root} is not a git repository, so there is no .git/sealgate/ for the values; pass --values-out FILE outside the work tree`);
          }
          this.file = uniqueFile(import_node_path18.default.join(gitDir, "sealgate", "external"), (this.opts.now ?? (() => /* @__PURE__ */ new Date()))());
        }
        this.sidecar = this.file.replace(/\.json$/i, "") + ".d";
        this.sidecarLocation = await locate(import_node_path18.default.join(this.sidecar, "x.json"), this.opts.env);
      }
      /** Path of the main values file (after the first add). */
      get filePath() {
        return this.file;
      }
      /** The upload document of one backend name. */
      uploadFile(name) {
        return import_node_path18.default.join(this.sidecar, ...name.split("/")) + ".json";
      }
      /**
       * Records one Secret's values under its backend name and writes them (unless dry-run).
       * Throws FixError, changing nothing, when another Secret already put a different value there.
       */
      add(remote, values, from) {
        const run2 = this.queue.then(() => this.addNow(remote, values, from));
        this.queue = run2.catch(() => void 0);
        return run2;
      }
      async addNow(remote, values, from) {
        await this.prepare();
        const old = this.doc.secrets[remote.name];
        const entry = old ? { key: old.key, from: [...old.from], base64: [...old.base64 ?? []], data: { ...old.data } } : { key: remote.key, from: [], base64: [], data: {} };
        if (entry.key !== remote.key) {
          throw new FixError(`${from}: backend name '${remote.name}' is recorded with remote key '${entry.key}', not '${remote.key}'`);
        }
        for (const v of values) {
          const had = entry.data[v.property];
          const hadBase64 = entry.base64.includes(v.property);
          if (had !== void 0 && (had !== v.text || hadBase64 !== v.base64)) {
            throw new FixError(
              `${from}: key '${v.property}' maps to '${remote.key}', which already holds a different value from ${entry.from.join(", ")}; give the Secrets distinct remote keys with --key-template`
            );
          }
          entry.data[v.property] = v.text;
          if (v.base64 && !hadBase64) entry.base64.push(v.property);
        }
        entry.data = Object.fromEntries(Object.entries(entry.data).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
        entry.base64.sort();
        if (entry.base64.length === 0) delete entry.base64;
        if (!entry.from.includes(from)) entry.from.push(from);
        const upload = this.uploadFile(remote.name);
        await this.refuseCommittableUpload(upload);
        const next = { ...this.doc, secrets: { ...this.doc.secrets, [remote.name]: entry } };
        if (!this.opts.dryRun) {
          await writePrivate(upload, JSON.stringify(entry.data, null, 2) + "\n");
          await writePrivate(this.file, JSON.stringify(next, null, 2) + "\n");
        }
        this.doc = next;
        this.touched.add(remote.name);
      }
      async refuseCommittableUpload(file) {
        const loc = this.sidecarLocation;
        if (loc?.kind !== "work-tree") return;
        const rel2 = import_node_path18.default.posix.join(import_node_path18.default.posix.dirname(loc.rel), import_node_path18.default.relative(this.sidecar, file).split(import_node_path18.default.sep).join("/"));
        const ignored = await ignoredPaths(loc.top, [rel2], this.opts.env);
        if (!ignored.has(rel2)) throw new ValuesPathError(notIgnoredMessage(file, loc.top, "the upload file"));
      }
      /** The lines to print: where the values are and the exact upload commands (file references only). */
      finish() {
        if (this.touched.size === 0) return [];
        const names = [...this.touched].sort();
        const { provider } = this.opts;
        const verb = this.opts.dryRun ? "would write" : "wrote";
        const lines2 = [
          `sealgate ${verb} the values of ${names.length} ${PROVIDER_LABEL[provider]} secret${names.length === 1 ? "" : "s"} to ${this.file} (mode 0600).`,
          `Upload them before applying the ExternalSecrets, then delete ${this.file} and ${this.sidecar}:`,
          ...hint(provider)
        ];
        for (const name of names) lines2.push("  " + uploadCommand(provider, name, this.uploadFile(name)));
        for (const name of names) {
          const size3 = Buffer.byteLength(JSON.stringify(this.doc.secrets[name].data, null, 2) + "\n");
          const limit = SIZE_LIMIT[provider];
          if (limit !== void 0 && size3 > limit) {
            lines2.push(`warning: ${name} is ${size3} bytes, over the ${limit}-byte limit of ${PROVIDER_LABEL[provider]}; split the Secret`);
          }
        }
        return lines2;
      }
    };
  }
});

// src/fix/external/rewriter.ts
var rewriter_exports2 = {};
__export(rewriter_exports2, {
  DEFAULT_PROVIDER: () => DEFAULT_PROVIDER,
  DEFAULT_REFRESH_INTERVAL: () => DEFAULT_REFRESH_INTERVAL,
  DEFAULT_STORE_KIND: () => DEFAULT_STORE_KIND,
  createExternalRewriter: () => createExternalRewriter
});
function checkOptions(o) {
  if (!o.store) throw new UsageError("--external needs --store NAME (or external.store in .sealgate.yaml)");
  if (o.store.length > 253 || !STORE_NAME.test(o.store)) {
    throw new UsageError(`--store '${o.store}' is not a valid SecretStore name (lowercase letters, digits, '-' and '.')`);
  }
  if (o.storeKind !== void 0 && o.storeKind !== "ClusterSecretStore" && o.storeKind !== "SecretStore") {
    throw new UsageError(`--store-kind must be ClusterSecretStore or SecretStore (got '${String(o.storeKind)}')`);
  }
  if (o.provider !== void 0 && !PROVIDERS.includes(o.provider)) {
    throw new UsageError(`--provider must be one of ${PROVIDERS.join(", ")} (got '${String(o.provider)}')`);
  }
  if (o.keyTemplate !== void 0) validateKeyTemplate(o.keyTemplate);
  if (o.refreshInterval !== void 0 && !GO_DURATION.test(o.refreshInterval)) {
    throw new UsageError(`--refresh-interval '${o.refreshInterval}' is not a duration like 1h, 30m or 1h30m`);
  }
  if (o.prefix !== void 0 && /[{}\s]/.test(o.prefix)) throw new UsageError(`--prefix '${o.prefix}' must not contain braces or spaces`);
}
function createExternalRewriter(options) {
  checkOptions(options);
  const provider = options.provider ?? DEFAULT_PROVIDER;
  const storeKind = options.storeKind ?? DEFAULT_STORE_KIND;
  const refreshInterval = options.refreshInterval ?? DEFAULT_REFRESH_INTERVAL;
  const values = new ValuesFile({ root: options.root, env: options.env, provider, path: options.valuesOut, dryRun: options.dryRun, now: options.now });
  const notes = [];
  return {
    kind: "external",
    async rewrite(secret, ctx) {
      try {
        return await rewriteOne(secret, ctx);
      } catch (e) {
        if (e instanceof FixError && !(e instanceof ValuesPathError) && !e.message.startsWith(`${ctx.file}: `)) throw new FixError(`${ctx.file}: ${e.message}`);
        throw e;
      }
    },
    async finish() {
      return [...notes, ...values.finish()];
    }
  };
  async function rewriteOne(secret, ctx) {
    refuseUnsupported(secret);
    const namespace = secret.namespace ?? ctx.namespaceFallback;
    const remote = remoteName(provider, { name: secret.name, namespace, prefix: options.prefix, template: options.keyTemplate });
    const stored = storedValues(secret);
    const source = migratedFrom(secret, namespace);
    await values.add(remote, stored, `${ctx.file}: ${source}`);
    const objects = [buildExternalSecret(secret, stored, { store: options.store, storeKind, refreshInterval, remoteKey: remote.key, namespace })];
    if (options.pushSecret) {
      if (stored.some((v) => v.base64)) {
        notes.push(`${ctx.file}: no PushSecret for ${source}: it holds binary values; upload them from the values file`);
      } else {
        objects.push(buildPushSecret(secret, { store: options.store, storeKind, refreshInterval, remoteKey: remote.key, provider }));
      }
    }
    return objects;
  }
}
var DEFAULT_STORE_KIND, DEFAULT_PROVIDER, DEFAULT_REFRESH_INTERVAL, STORE_NAME, GO_DURATION;
var init_rewriter2 = __esm({
  "src/fix/external/rewriter.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_errors();
    init_external_secret();
    init_providers();
    init_push_secret();
    init_values_file();
    DEFAULT_STORE_KIND = "ClusterSecretStore";
    DEFAULT_PROVIDER = "vault";
    DEFAULT_REFRESH_INTERVAL = "1h";
    STORE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
    GO_DURATION = /^(0|([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)(([0-9]+(\.[0-9]*)?|\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))*)$/;
  }
});

// src/cli/commands/fix.ts
var fix_exports = {};
__export(fix_exports, {
  FIX_HELP: () => FIX_HELP,
  default: () => fixCommand2
});
async function fixCommand2(args, ctx) {
  const p = parseOptions(args, OPTIONS3, "fix");
  if (bool(p, "help")) {
    ctx.out(FIX_HELP);
    return 0;
  }
  const seal = bool(p, "seal");
  const external = bool(p, "external");
  if (seal === external) throw new UsageError("fix: choose one of --seal or --external. Run 'sealgate fix --help'.");
  const wrong = (seal ? EXTERNAL_ONLY : SEAL_ONLY).find((o) => p.values[o] !== void 0);
  if (wrong) throw new UsageError(`fix: --${wrong} only goes with ${seal ? "--external" : "--seal"}`);
  const dryRun = bool(p, "dry-run");
  const stdout = bool(p, "stdout");
  const staged = bool(p, "staged");
  if (dryRun && stdout) throw new UsageError("fix: --dry-run and --stdout cannot be combined");
  if (staged && stdout) throw new UsageError("fix: --staged writes and re-stages the files; it cannot be combined with --stdout");
  const namespace = str(p, "namespace");
  if (namespace !== void 0 && !DNS_LABEL2.test(namespace)) throw new UsageError(`fix: --namespace '${namespace}' is not a valid namespace name`);
  for (const file of p.positionals) {
    if (!(0, import_node_fs16.existsSync)(import_node_path19.default.resolve(ctx.cwd, file))) throw new UsageError(`fix: ${file}: no such file or folder`);
  }
  const repo = await openRepository(ctx.cwd, ctx.env);
  const root = repo?.root ?? import_node_path19.default.resolve(ctx.cwd);
  const configPath = str(p, "config");
  const config = await loadConfig(root, configPath, ctx.cwd);
  const backups = new BackupSession(root, str(p, "backup-dir") ? import_node_path19.default.resolve(ctx.cwd, str(p, "backup-dir")) : void 0, ctx.env);
  if (!dryRun && !stdout) await backups.folder();
  let rewriter;
  if (seal) {
    if (stdout && p.values["merge-into"] !== void 0) throw new UsageError("fix: --merge-into writes the target file; it cannot be combined with --stdout");
    const { sealRewriterFromOptions: sealRewriterFromOptions2 } = await Promise.resolve().then(() => (init_rewriter(), rewriter_exports));
    rewriter = await sealRewriterFromOptions2({
      cert: str(p, "cert"),
      scope: oneOf(str(p, "scope") ?? config.seal?.scope, SCOPES, "scope"),
      mergeInto: str(p, "merge-into"),
      config,
      env: ctx.env,
      cwd: ctx.cwd,
      root,
      dryRun,
      backups,
      say: (line) => ctx.err(`${line}
`)
    });
  } else {
    const ext = config.external ?? {};
    const { createExternalRewriter: createExternalRewriter2 } = await Promise.resolve().then(() => (init_rewriter2(), rewriter_exports2));
    const valuesOut = str(p, "values-out") ?? ext.valuesOut;
    rewriter = createExternalRewriter2({
      store: str(p, "store") ?? ext.store ?? "",
      storeKind: str(p, "store-kind") ?? ext.storeKind,
      provider: str(p, "provider") ?? ext.provider,
      keyTemplate: str(p, "key-template") ?? ext.keyTemplate,
      refreshInterval: str(p, "refresh-interval") ?? ext.refreshInterval,
      valuesOut: valuesOut !== void 0 ? import_node_path19.default.resolve(str(p, "values-out") !== void 0 ? ctx.cwd : root, valuesOut) : void 0,
      pushSecret: bool(p, "push-secret"),
      prefix: ext.prefix,
      root,
      env: ctx.env,
      dryRun
    });
  }
  return runFix({
    cwd: ctx.cwd,
    root,
    git: repo,
    env: ctx.env,
    paths: p.positionals,
    rewriter,
    backups,
    configPath,
    namespace,
    dryRun,
    stdout,
    staged,
    out: ctx.out,
    err: ctx.err
  });
}
var import_node_fs16, import_node_path19, FIX_HELP, OPTIONS3, SEAL_ONLY, EXTERNAL_ONLY, DNS_LABEL2;
var init_fix = __esm({
  "src/cli/commands/fix.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs16 = require("node:fs");
    import_node_path19 = __toESM(require("node:path"), 1);
    init_args();
    init_crypto();
    init_errors();
    init_load2();
    init_git_client();
    init_pipeline();
    init_write();
    FIX_HELP = `Usage: sealgate fix [PATH...] --seal --cert CERT [options]
       sealgate fix [PATH...] --external --store NAME [options]

Rewrite every plaintext Kubernetes Secret that 'sealgate scan' reports in PATH (default: .) so the
values never reach Git. Only the Secret's own document changes; other documents, comments, key order,
line endings and the file mode stay as they are. The original file is backed up first under
.git/sealgate/backups/<time>/<path> (mode 0600), and each file is replaced atomically.

--seal: Bitnami SealedSecret, sealed offline for your controller's public certificate
  --cert CERT              the controller's certificate: a path, file:// or http(s):// URL
                           (default: seal.cert in .sealgate.yaml, else $SEALED_SECRETS_CERT).
                           Get it with: kubeseal --fetch-cert > pub-cert.pem
  --scope SCOPE            strict (default: the values only open for this name and namespace),
                           namespace-wide (any name in the namespace) or cluster-wide (anywhere).
                           Without it, a Secret's own sealedsecrets.bitnami.com/* annotations decide.
  --namespace NS           for Secrets without metadata.namespace (default: namespace: of the nearest
                           kustomization.yaml); strict and namespace-wide sealing need one
  --merge-into FILE        add the values to the SealedSecret in FILE (sealed for its name, namespace
                           and scope) and remove the Secret's document, like kubeseal --merge-into

--external: External Secrets Operator ExternalSecret; the values go to a values file to upload
  --store NAME             the (Cluster)SecretStore to read from (default: external.store)
  --store-kind KIND        ClusterSecretStore (default) or SecretStore
  --provider NAME          vault (default), aws, gcp or azure: shapes remote keys and the values file
  --key-template TEMPLATE  remote key, e.g. 'secret/{namespace}/{name}'
  --refresh-interval DUR   how often ESO re-reads the store (default 1h)
  --values-out FILE        where the plaintext values go for upload (kept out of Git; see the output)
  --push-secret            also emit a PushSecret that seeds the store from a Secret

Shared:
  --dry-run                print the diff (values masked) and write nothing
  --stdout                 print the fixed file(s) instead of writing them
  --staged                 fix the staged files and re-stage them; refused for a file whose staged
                           and working-tree versions differ (unstaged edits never sneak into a commit)
  --backup-dir DIR         where backups go (required outside a git repository)
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  -h, --help               show this help

After writing, the files are scanned again and the fix fails (exit 2) if a plaintext Secret remains.
The old values stay in Git history wherever they were committed: rotate them.

Exit codes: 0 fixed (or nothing to fix), 1 other blocking findings remain in the fixed files,
2 usage, certificate, configuration, git or fix error (nothing is left half-written).

Examples:
  kubeseal --fetch-cert > pub-cert.pem
  sealgate fix k8s/ --seal --cert pub-cert.pem --dry-run
  sealgate fix k8s/db-secret.yaml --seal --cert http://127.0.0.1:8080/v1/cert.pem --namespace shop
  sealgate fix --staged --seal                     (cert from .sealgate.yaml seal.cert)
  sealgate fix k8s/ --external --store vault-backend --key-template 'apps/{namespace}/{name}'
`;
    OPTIONS3 = {
      seal: { type: "boolean" },
      external: { type: "boolean" },
      cert: { type: "string" },
      scope: { type: "string" },
      namespace: { type: "string", short: "n" },
      "merge-into": { type: "string" },
      store: { type: "string" },
      "store-kind": { type: "string" },
      provider: { type: "string" },
      "key-template": { type: "string" },
      "refresh-interval": { type: "string" },
      "values-out": { type: "string" },
      "push-secret": { type: "boolean" },
      "dry-run": { type: "boolean" },
      stdout: { type: "boolean" },
      staged: { type: "boolean" },
      "backup-dir": { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" }
    };
    SEAL_ONLY = ["cert", "scope", "merge-into"];
    EXTERNAL_ONLY = ["store", "store-kind", "provider", "key-template", "refresh-interval", "values-out", "push-secret"];
    DNS_LABEL2 = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
  }
});

// src/cli/commands/seal.ts
var seal_exports = {};
__export(seal_exports, {
  SEAL_HELP: () => SEAL_HELP,
  default: () => sealCommand
});
async function sealCommand(args, ctx) {
  const p = parseOptions(args, OPTIONS4, "seal");
  if (bool(p, "help")) {
    ctx.out(SEAL_HELP);
    return 0;
  }
  if (!bool(p, "raw")) throw new UsageError("seal: only --raw is supported (one value from stdin); to seal Secret manifests use 'sealgate fix --seal'");
  if (p.positionals.length) throw new UsageError(`seal: unexpected argument '${p.positionals[0]}'; the value comes from stdin or --from-file`);
  const root = await repositoryRoot(ctx.cwd, ctx.env) ?? import_node_path20.default.resolve(ctx.cwd);
  const config = await loadConfig(root, str(p, "config"), ctx.cwd);
  const scope = oneOf(str(p, "scope") ?? config.seal?.scope, SCOPES, "scope") ?? "strict";
  const name = str(p, "name");
  const namespace = str(p, "namespace");
  if (scope !== "cluster-wide" && !namespace) throw new UsageError(`seal: --namespace is required for ${scope} scope`);
  if (scope === "strict" && !name) throw new UsageError("seal: --name is required for strict scope");
  const spec = resolveCertSpec({ flag: str(p, "cert"), configCert: config.seal?.cert, configFile: config.file, env: ctx.env, cwd: ctx.cwd });
  if (!spec) throw new UsageError("seal: --cert CERT is required (or seal.cert in .sealgate.yaml, or $SEALED_SECRETS_CERT)");
  const cert = await loadCertificate(spec.spec, spec.base);
  let value;
  const from = str(p, "from-file");
  if (from !== void 0) {
    try {
      value = (0, import_node_fs17.readFileSync)(import_node_path20.default.resolve(ctx.cwd, from));
    } catch (e) {
      throw new UsageError(`seal: --from-file ${from}: cannot read it (${e.code ?? "error"})`);
    }
  } else {
    value = Buffer.from(await ctx.readStdin(), "utf8");
  }
  ctx.err(`${describeCert(cert)}
`);
  if (value.length === 0) ctx.err("sealgate seal: warning: the value is empty\n");
  if (scope !== "strict") ctx.err(`sealgate seal: add the annotation ${scope === "cluster-wide" ? CLUSTER_WIDE : NAMESPACE_WIDE}: "true" to the SealedSecret's metadata
`);
  ctx.out(sealValue(cert.publicKey, scopeLabel(scope, namespace, name), value));
  return 0;
}
var import_node_fs17, import_node_path20, SEAL_HELP, OPTIONS4;
var init_seal = __esm({
  "src/cli/commands/seal.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs17 = require("node:fs");
    import_node_path20 = __toESM(require("node:path"), 1);
    init_args();
    init_errors();
    init_load2();
    init_git_client();
    init_certificate();
    init_crypto();
    init_sealed_secret();
    SEAL_HELP = `Usage: sealgate seal --raw --cert CERT --name NAME --namespace NS [--scope SCOPE] < value

Seal one value for a SealedSecret's spec.encryptedData, offline, exactly like 'kubeseal --raw':
the value is read from stdin as is (use 'printf %s' or 'echo -n': a trailing newline is part of
the value) or from --from-file, and the base64 result is printed with no trailing newline.

Options:
  --raw                    required (the only mode; to seal whole Secrets use 'sealgate fix --seal')
  --cert CERT              the controller's certificate: a path, file:// or http(s):// URL
                           (default: seal.cert in .sealgate.yaml, else $SEALED_SECRETS_CERT)
  --name NAME              the SealedSecret's name (needed for strict scope)
  --namespace NS           its namespace (needed unless --scope cluster-wide)
  --scope SCOPE            strict (default), namespace-wide or cluster-wide; for the latter two, add
                           the printed annotation to the SealedSecret's metadata
  --from-file FILE         read the value from FILE instead of stdin (binary safe)
  --config FILE            config file (default: .sealgate.yaml at the repository root)
  -h, --help               show this help

Example:
  printf %s "$DB_PASSWORD" | sealgate seal --raw --cert pub-cert.pem --name db --namespace shop
`;
    OPTIONS4 = {
      raw: { type: "boolean" },
      cert: { type: "string" },
      name: { type: "string" },
      namespace: { type: "string", short: "n" },
      scope: { type: "string" },
      "from-file": { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" }
    };
  }
});

// src/cli/commands/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  default: () => baselineCommand
});
async function baselineCommand(args, ctx) {
  const p = parseOptions(args, { output: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "baseline");
  if (bool(p, "help")) {
    ctx.out(HELP);
    return 0;
  }
  const result = await scan({ cwd: ctx.cwd, paths: p.positionals, configPath: str(p, "config") });
  const out = import_node_path21.default.resolve(ctx.cwd, str(p, "output") ?? import_node_path21.default.join(result.root, BASELINE_FILE));
  (0, import_node_fs18.writeFileSync)(out, baselineJson(result.findings));
  ctx.out(`sealgate: wrote ${result.findings.length} fingerprint(s) to ${import_node_path21.default.relative(ctx.cwd, out) || out}
`);
  return 0;
}
var import_node_fs18, import_node_path21, HELP;
var init_baseline2 = __esm({
  "src/cli/commands/baseline.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs18 = require("node:fs");
    import_node_path21 = __toESM(require("node:path"), 1);
    init_args();
    init_scan();
    init_baseline();
    HELP = `Usage: sealgate baseline [PATH...] [--output FILE] [--config FILE]

Write the fingerprints of today's findings to FILE (default ${BASELINE_FILE} at the repository root).
Later scans given '--baseline FILE' (or 'baseline: FILE' in .sealgate.yaml) ignore those findings,
so only new secrets block. A fingerprint is the rule, the file and a hash of the secret: no values,
no line numbers, so the baseline survives edits and merges. Secrets in a baseline still need rotating.
`;
  }
});

// src/cli/commands/rules.ts
var rules_exports = {};
__export(rules_exports, {
  GENERAL: () => GENERAL,
  default: () => rulesCommand,
  groupByProvider: () => groupByProvider
});
function groupByProvider(rules) {
  const groups = /* @__PURE__ */ new Map();
  for (const r2 of rules) {
    const key = r2.provider ?? GENERAL;
    groups.set(key, [...groups.get(key) ?? [], r2]);
  }
  const cmp = (a, b) => a.localeCompare(b, "en", { sensitivity: "base" });
  return [...groups.entries()].sort(([a], [b]) => a === GENERAL ? -1 : b === GENERAL ? 1 : cmp(a, b));
}
async function rulesCommand(args, ctx) {
  const p = parseOptions(args, { format: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } }, "rules");
  if (bool(p, "help")) {
    ctx.out(
      "Usage: sealgate rules [--format text|json] [--config FILE]\n\nList the rules (built-in and custom, with config overrides) grouped by provider, with id, severity and\nthe credential each one recognises. JSON also gives keywords, the checksum validator and the rotation link.\n"
    );
    return 0;
  }
  const format = oneOf(str(p, "format"), ["text", "json"], "format") ?? "text";
  const root = await repositoryRoot(ctx.cwd, ctx.env) ?? ctx.cwd;
  const rules = effectiveRules(await loadConfig(root, str(p, "config"), ctx.cwd));
  if (format === "json") {
    const list = rules.map((r2) => ({
      id: r2.id,
      severity: r2.severity,
      description: r2.description,
      kind: r2.check ? "manifest" : "content",
      keywords: r2.keywords,
      ...r2.provider ? { provider: r2.provider, credential: r2.credential, rotate: r2.rotate } : {},
      ...r2.validate ? { validate: r2.validate } : {},
      ...r2.fix ? { fix: r2.fix } : {}
    }));
    ctx.out(JSON.stringify(list, null, 2) + "\n");
    return 0;
  }
  const w = Math.max(...rules.map((r2) => r2.id.length));
  const groups = groupByProvider(rules);
  for (const [provider, list] of groups) {
    ctx.out(`${provider} (${list.length})
`);
    for (const r2 of list) ctx.out(`  ${r2.id.padEnd(w)}  ${r2.severity.padEnd(7)}  ${r2.credential ?? r2.description}
`);
  }
  const providers = groups.filter(([g]) => g !== GENERAL).length;
  ctx.out(`
${rules.length} rules; ${providers} providers. 'sealgate rules --format json' adds keywords and rotation links.
`);
  return 0;
}
var GENERAL;
var init_rules = __esm({
  "src/cli/commands/rules.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    init_args();
    init_load2();
    init_git_client();
    GENERAL = "Kubernetes manifests and generic patterns";
  }
});

// src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  HUSKY_LINES: () => HUSKY_LINES,
  INIT_HELP: () => INIT_HELP,
  default: () => initCommand,
  packagedHooksDir: () => packagedHooksDir
});
async function initCommand(args, ctx) {
  const p = parseOptions(args, OPTIONS5, "init");
  if (bool(p, "help")) {
    ctx.out(INIT_HELP);
    return 0;
  }
  if (p.positionals.length > 0) throw new UsageError(`init: unexpected argument '${p.positionals[0]}'. Run 'sealgate init --help'.`);
  const husky = bool(p, "husky");
  const hooksPath = bool(p, "hooks-path");
  if (husky === hooksPath) {
    throw new UsageError(`init: choose one of --husky or --hooks-path. Run 'sealgate init --help'.`);
  }
  if (bool(p, "pre-push") && !husky) throw new UsageError("init: --pre-push goes with --husky (--hooks-path installs both hooks)");
  if (str(p, "dir") !== void 0 && !hooksPath) throw new UsageError("init: --dir goes with --hooks-path");
  const git = await openRepository(ctx.cwd, ctx.env);
  if (!git) throw new UsageError(`init: ${ctx.cwd} is not inside a git repository`);
  if (husky) return initHusky(git, bool(p, "pre-push"), ctx);
  return initHooksPath(git, str(p, "dir") ?? ".githooks", ctx);
}
async function huskyDir(git) {
  const root = git.root;
  const hooksPath = await git.text(["config", "--get", "core.hooksPath"], { allowFail: true });
  const m = hooksPath ? /^(.*?)[/\\]_[/\\]?$/.exec(hooksPath) : null;
  if (m && m[1]) return { dir: import_node_path22.default.resolve(root, m[1]), installed: true };
  const dir = import_node_path22.default.join(root, ".husky");
  return { dir, installed: (0, import_node_fs19.existsSync)(import_node_path22.default.join(dir, "_", "h")) };
}
function hasLine(text, line) {
  const cmd = line.replace(/ /g, "\\s+");
  return new RegExp(`^\\s*(?:(?:npx|pnpm(?:\\s+exec)?|yarn|bunx)\\s+)?${cmd}(?:\\s|$)`, "m").test(text);
}
function appendLine(file, line) {
  if (!(0, import_node_fs19.existsSync)(file)) {
    (0, import_node_fs19.mkdirSync)(import_node_path22.default.dirname(file), { recursive: true });
    writeAtomic2(file, `${line}
`, 493);
    return "created";
  }
  const text = (0, import_node_fs19.readFileSync)(file, "utf8");
  if (hasLine(text, line)) return "present";
  const sep = text.length === 0 || text.endsWith("\n") ? "" : "\n";
  writeAtomic2(file, `${text}${sep}${line}
`, (0, import_node_fs19.statSync)(file).mode & 4095);
  return "added";
}
function writeAtomic2(file, text, mode) {
  const tmp = `${file}.sealgate-${process.pid}.tmp`;
  (0, import_node_fs19.writeFileSync)(tmp, text, { mode });
  (0, import_node_fs19.chmodSync)(tmp, mode);
  (0, import_node_fs19.renameSync)(tmp, file);
}
function rel(root, file) {
  return import_node_path22.default.relative(root, file).split(import_node_path22.default.sep).join("/");
}
async function initHusky(git, prePush, ctx) {
  const root = git.root;
  const { dir, installed } = await huskyDir(git);
  const hooks = prePush ? ["pre-commit", "pre-push"] : ["pre-commit"];
  for (const hook of hooks) {
    const file = import_node_path22.default.join(dir, hook);
    const what = appendLine(file, HUSKY_LINES[hook]);
    const name = rel(root, file);
    if (what === "present") ctx.out(`${name}: already runs '${HUSKY_LINES[hook]}'
`);
    else ctx.out(`${name}: ${what === "created" ? "created with" : "added"} '${HUSKY_LINES[hook]}'
`);
  }
  if (!installed) {
    ctx.err(
      `sealgate: warning: husky is not set up in this repository yet (git will not run .husky/ hooks): run 'npx husky init' or add "prepare": "husky" to package.json and run 'npm install'
`
    );
  }
  return 0;
}
function packagedHooksDir() {
  let dir = import_node_path22.default.dirname((0, import_node_url3.fileURLToPath)(__sgImportMetaUrl));
  for (let i = 0; i < 6; i++) {
    if ((0, import_node_fs19.existsSync)(import_node_path22.default.join(dir, "hooks", "pre-commit")) && (0, import_node_fs19.existsSync)(import_node_path22.default.join(dir, "package.json"))) return import_node_path22.default.join(dir, "hooks");
    const up = import_node_path22.default.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new UsageError("init: cannot find sealgate's hooks/ folder next to its package.json (a broken installation?)");
}
async function initHooksPath(git, dirOption, ctx) {
  const root = git.root;
  const target = import_node_path22.default.resolve(root, dirOption);
  const relDir = rel(root, target);
  if (relDir.startsWith("..") || import_node_path22.default.isAbsolute(relDir)) throw new UsageError(`init: --dir ${dirOption} is outside the repository`);
  if (relDir === "" || relDir === ".git" || relDir.startsWith(".git/")) throw new UsageError(`init: --dir ${dirOption} cannot be the repository root or inside .git`);
  const current = await git.text(["config", "--get", "core.hooksPath"], { allowFail: true });
  if (current && import_node_path22.default.resolve(root, current) !== target) {
    const husky = /[/\\]_[/\\]?$/.test(current) ? " (husky's; use 'sealgate init --husky')" : "";
    throw new UsageError(`init: core.hooksPath is already '${current}'${husky}; install there with --dir ${current}, or unset it first`);
  }
  const source = packagedHooksDir();
  const hooks = ["pre-commit", "pre-push"];
  const foreign = hooks.filter((h) => {
    const f = import_node_path22.default.join(target, h);
    return (0, import_node_fs19.existsSync)(f) && !/sealgate/.test((0, import_node_fs19.readFileSync)(f, "utf8"));
  });
  if (foreign.length > 0) {
    throw new UsageError(
      `init: ${foreign.map((h) => `${relDir}/${h}`).join(" and ")} already exist${foreign.length === 1 ? "s" : ""} and ${foreign.length === 1 ? "is" : "are"} not sealgate's; add '${HUSKY_LINES["pre-commit"]}' (pre-commit) / '${HUSKY_LINES["pre-push"]}' (pre-push) to ${foreign.length === 1 ? "it" : "them"} by hand`
    );
  }
  (0, import_node_fs19.mkdirSync)(target, { recursive: true });
  for (const hook of hooks) {
    const file = import_node_path22.default.join(target, hook);
    const wanted = (0, import_node_fs19.readFileSync)(import_node_path22.default.join(source, hook), "utf8");
    if ((0, import_node_fs19.existsSync)(file) && (0, import_node_fs19.readFileSync)(file, "utf8") === wanted && ((0, import_node_fs19.statSync)(file).mode & 73) !== 0) {
      ctx.out(`${relDir}/${hook}: up to date
`);
      continue;
    }
    const existed = (0, import_node_fs19.existsSync)(file);
    writeAtomic2(file, wanted, 493);
    ctx.out(`${relDir}/${hook}: ${existed ? "updated" : "written"}
`);
  }
  if (current === void 0 || current === "" || current !== relDir) {
    await git.setConfig("core.hooksPath", relDir);
    ctx.out(`git config core.hooksPath ${relDir}
`);
  }
  ctx.out(`Commit ${relDir}/ so that everyone runs the hooks; each clone runs 'git config core.hooksPath ${relDir}' once (or 'sealgate init --hooks-path').
`);
  return 0;
}
var import_node_fs19, import_node_path22, import_node_url3, INIT_HELP, OPTIONS5, HUSKY_LINES;
var init_init = __esm({
  "src/cli/commands/init.ts"() {
    "use strict";
    init_define_SEALGATE_EMBEDDED_RULES();
    import_node_fs19 = require("node:fs");
    import_node_path22 = __toESM(require("node:path"), 1);
    import_node_url3 = require("node:url");
    init_args();
    init_errors();
    init_git_client();
    INIT_HELP = `Usage: sealgate init --husky [--pre-push]
       sealgate init --hooks-path [--dir DIR]

Install sealgate's git hooks in the current repository.

  --husky          add 'sealgate scan --staged' to .husky/pre-commit (husky v9), creating the file
                   if needed; running it again adds nothing
  --pre-push       with --husky, also add 'sealgate scan --pre-push' to .husky/pre-push
  --hooks-path     write the pre-commit and pre-push hooks into DIR and point git's core.hooksPath
                   at it (commit DIR so everyone gets the hooks)
  --dir DIR        the hooks folder for --hooks-path (default .githooks)
  -h, --help       show this help

The hooks run the sealgate installed in the repository (node_modules/.bin), else the one on PATH;
they never download anything.

By hand instead (husky):  echo "sealgate scan --staged" >> .husky/pre-commit
pre-commit framework:      see .pre-commit-hooks.yaml (hook id 'sealgate')
lint-staged:               "*": "sealgate scan"
`;
    OPTIONS5 = {
      husky: { type: "boolean" },
      "pre-push": { type: "boolean" },
      "hooks-path": { type: "boolean" },
      dir: { type: "string" },
      help: { type: "boolean", short: "h" }
    };
    HUSKY_LINES = {
      "pre-commit": "sealgate scan --staged",
      "pre-push": "sealgate scan --pre-push"
    };
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
init_define_SEALGATE_EMBEDDED_RULES();

// src/cli/run.ts
init_define_SEALGATE_EMBEDDED_RULES();
init_errors();

// src/cli/commands/index.ts
init_define_SEALGATE_EMBEDDED_RULES();
var COMMANDS = {
  scan: { summary: "scan files, the index (--staged) or commits (--range) for secrets", load: () => Promise.resolve().then(() => (init_scan2(), scan_exports2)) },
  audit: { summary: "audit a repository, its history included (--history), as text, JSON, SARIF or HTML", load: () => Promise.resolve().then(() => (init_audit(), audit_exports)) },
  fix: { summary: "rewrite plaintext Secrets into SealedSecrets (--seal) or ExternalSecrets (--external)", load: () => Promise.resolve().then(() => (init_fix(), fix_exports)) },
  seal: { summary: "seal one value from stdin, like kubeseal --raw", load: () => Promise.resolve().then(() => (init_seal(), seal_exports)) },
  baseline: { summary: "write the fingerprints of today's findings to a baseline file", load: () => Promise.resolve().then(() => (init_baseline2(), baseline_exports)) },
  rules: { summary: "list the rules with id, severity and description", load: () => Promise.resolve().then(() => (init_rules(), rules_exports)) },
  init: { summary: "install the git hooks (husky, core.hooksPath)", load: () => Promise.resolve().then(() => (init_init(), init_exports)) }
};

// src/cli/run.ts
init_version();
init_escape();
function mainHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines2 = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `sealgate ${VERSION}: keep plaintext Kubernetes Secrets and credentials out of Git, and repair them.

Usage: sealgate <command> [options]

Commands:
${lines2.join("\n")}

Examples:
  sealgate scan                      scan the working tree
  sealgate scan --staged             what a pre-commit hook runs
  sealgate scan --range main..HEAD   every commit of a branch
  sealgate fix k8s/secret.yaml --seal --cert pub-cert.pem
  sealgate audit --history --html report.html

Exit codes: 0 no blocking finding, 1 blocking findings, 2 usage, configuration or internal error.
Run 'sealgate <command> --help' for a command's options.
`;
}
async function run(argv, io = {}) {
  let stdout = "";
  let stderr = "";
  const ctx = {
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    out: (t) => void (stdout += t),
    // Nothing sealgate writes to stderr is a workflow command, and the runner reads stderr too: a
    // line starting with `::` there can only be quoted input (commands escape their own input as well).
    err: (t) => void (stderr += neutralizeCommands(t)),
    readStdin: async () => typeof io.stdin === "function" ? io.stdin() : io.stdin ?? ""
  };
  const [name, ...rest] = argv;
  try {
    if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
      ctx.out(mainHelp());
      return { exitCode: name === void 0 ? 2 : 0, stdout, stderr };
    }
    if (name === "--version" || name === "-v") {
      ctx.out(`${VERSION}
`);
      return { exitCode: 0, stdout, stderr };
    }
    const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : void 0;
    if (!entry) {
      ctx.err(`sealgate: unknown command '${name}'. Run 'sealgate --help' for the list.
`);
      return { exitCode: 2, stdout, stderr };
    }
    const command2 = (await entry.load()).default;
    const exitCode2 = await command2(rest, ctx);
    return { exitCode: exitCode2, stdout, stderr };
  } catch (e) {
    if (e instanceof SealgateError) {
      ctx.err(`${logLines(`sealgate: ${e.message}`)}
`);
    } else {
      ctx.err(`sealgate: internal error: ${describeError(e)}
${REPORT_BUG_HINT}
`);
    }
    return { exitCode: 2, stdout, stderr };
  }
}

// src/cli/main.ts
async function readStdin() {
  if (process.stdin.isTTY) return "";
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
async function main() {
  process.on("unhandledRejection", (e) => {
    process.stderr.write(`sealgate: internal error: ${e?.message ?? e}
`);
    process.exit(2);
  });
  const result = await run(process.argv.slice(2), { stdin: readStdin });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
