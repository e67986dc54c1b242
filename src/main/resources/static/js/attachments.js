// File fields with data-max-files and data-max-bytes refuse too many or too large files as soon as they are
// chosen, so that the form is not sent and nothing typed is lost. The server checks every file again.
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var files = Array.prototype.slice.call(input.files || []);
    var message = '';
    if (files.length > Number(input.getAttribute('data-max-files'))) {
        message = input.getAttribute('data-too-many');
    } else if (files.some(function (f) { return f.size > Number(input.getAttribute('data-max-bytes')); })) {
        message = input.getAttribute('data-too-large');
    }
    input.setCustomValidity(message);
    if (message) {
        input.reportValidity();
    }
});
