package nl.competentiekompas.examples.cli;

import nl.competentiekompas.core.catalog.Language;
import picocli.CommandLine;

/** The {@code --lang nl|en} option shared by the commands that print text. */
final class LanguageOption {

    @CommandLine.Option(names = "--lang", defaultValue = "en", converter = LanguageConverter.class,
            description = "Language of the output: nl or en (default: ${DEFAULT-VALUE}).")
    Language language = Language.EN;

    /** Converts {@code nl}/{@code en} to a {@link Language}. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromTag(value).orElseThrow(
                    () -> new CommandLine.TypeConversionException("expected nl or en"));
        }
    }
}
