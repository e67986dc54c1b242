package court.tianping.liaison.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface JudicialSuggestionRepository extends ListCrudRepository<JudicialSuggestion, Long> {
}
