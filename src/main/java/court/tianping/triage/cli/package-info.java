/**
 * The triage command line ({@code java -jar tianping.jar triage …}), which the application's main method hands
 * its arguments to.
 */
@NamedInterface("cli")
package court.tianping.triage.cli;

import org.springframework.modulith.NamedInterface;
