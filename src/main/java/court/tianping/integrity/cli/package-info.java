/**
 * The integrity command line ({@code java -jar tianping.jar integrity verify}), which the application's main method
 * hands its arguments to.
 */
@NamedInterface("cli")
package court.tianping.integrity.cli;

import org.springframework.modulith.NamedInterface;
