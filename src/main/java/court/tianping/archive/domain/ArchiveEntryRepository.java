package court.tianping.archive.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface ArchiveEntryRepository extends ListCrudRepository<ArchiveEntry, Long> {
}
